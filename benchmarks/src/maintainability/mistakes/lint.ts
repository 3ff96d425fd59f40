// The lint stage: Biome with the repo's configuration (the Tailwind kit's rules included) on the
// files a patch changed, as `biome check` runs in CI. One run also answers whether the patch is
// formatted as Biome formats it, so that lint can only ever flag the mistake itself.
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import type { StageVerdict } from "./first-catch";
import { type BiomeReport, biomeMessage } from "./messages";

export interface LintResult {
  verdict: StageVerdict;
  /** Formatting or import-order findings: the patch itself is off, not the mistake. */
  formatting?: string | undefined;
}

/** Files the working tree changes against HEAD, new ones included, relative to `dir`. */
export function changedFiles(dir: string): string[] {
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: dir, encoding: "utf8" }).split("\n").filter(Boolean);
  return [
    ...git("diff", "--name-only", "HEAD"),
    ...git("ls-files", "--others", "--exclude-standard"),
  ];
}

const isFormatting = (category: string | undefined) =>
  category === "format" || Boolean(category?.startsWith("assist/"));

export function lintChanges(dir: string): LintResult {
  const files = changedFiles(dir);
  const run = spawnSync(
    join(dir, "node_modules", ".bin", "biome"),
    [
      "check",
      "--reporter=json",
      "--no-errors-on-unmatched",
      "--files-ignore-unknown=true",
      ...files,
    ],
    { cwd: dir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  let report: BiomeReport;
  try {
    report = JSON.parse(run.stdout) as BiomeReport;
  } catch {
    throw new Error(`Biome gave no report (exit ${run.status}): ${run.stderr.trim()}`);
  }
  const lintReport = {
    diagnostics: report.diagnostics.filter((diagnostic) => !isFormatting(diagnostic.category)),
  };
  const formatReport = {
    diagnostics: report.diagnostics.filter((diagnostic) => isFormatting(diagnostic.category)),
  };
  const message = biomeMessage(lintReport);
  return {
    verdict: { caught: message !== undefined, message },
    formatting: biomeMessage(formatReport),
  };
}
