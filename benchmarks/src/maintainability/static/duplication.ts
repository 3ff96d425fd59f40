// Copy-paste in a kit's source, found by jscpd (v5: it tokenises TSX once, where v4 counted every
// .tsx file twice, as TSX and as JavaScript). Exact clones of at least 50 tokens over 5 lines,
// tests left out; the share is jscpd's percentage of duplicated lines, as a share.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { z } from "zod";

export const jscpdOptions = { minTokens: 50, minLines: 5 } as const;

const reportSchema = z.object({
  statistics: z.object({
    total: z.object({
      clones: z.number(),
      duplicatedLines: z.number(),
      /** Duplicated lines over the lines jscpd read, in per cent. */
      percentage: z.number(),
    }),
  }),
});

export interface Duplication {
  clones: number;
  duplicatedLines: number;
  /** Duplicated lines over the lines jscpd read, 0–1. */
  share: number;
}

export function duplicationOf(report: unknown): Duplication {
  const { total } = reportSchema.parse(report).statistics;
  return {
    clones: total.clones,
    duplicatedLines: total.duplicatedLines,
    share: total.percentage / 100,
  };
}

const run = promisify(execFile);

export async function findDuplication(jscpdPath: string, sourceDir: string): Promise<Duplication> {
  const outDir = mkdtempSync(join(tmpdir(), "payout-jscpd-"));
  try {
    await run(jscpdPath, [
      "--min-tokens",
      String(jscpdOptions.minTokens),
      "--min-lines",
      String(jscpdOptions.minLines),
      "--format",
      "typescript,tsx,css",
      "--ignore",
      "**/*.test.ts,**/*.test.tsx",
      "--reporters",
      "json",
      "--output",
      outDir,
      sourceDir,
    ]);
    return duplicationOf(JSON.parse(readFileSync(join(outDir, "jscpd-report.json"), "utf8")));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
