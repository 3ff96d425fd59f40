// Lines of code by cloc: code lines (not blank, not comment) per file of a folder, tests left out.
// --skip-uniqueness, because cloc otherwise counts a file whose content repeats another's once
// (two of the vanilla-extract kit's .css.ts files are the same): each is a file to maintain.
import { execFile } from "node:child_process";
import { relative, resolve } from "node:path";
import { promisify } from "node:util";
import { z } from "zod";

export interface LineCount {
  /** Code lines of every file cloc recognised. */
  code: number;
  /** Code lines per file, by path relative to the folder counted. */
  codeByFile: ReadonlyMap<string, number>;
}

const fileEntry = z.object({ code: z.number(), language: z.string() });

/** cloc's `--json --by-file` output for `dir` as code lines per file. */
export function lineCountOf(json: unknown, dir: string): LineCount {
  const entries = z.record(z.string(), z.unknown()).parse(json);
  const codeByFile = new Map<string, number>();
  for (const [path, entry] of Object.entries(entries)) {
    if (path === "header" || path === "SUM") continue;
    codeByFile.set(relative(dir, resolve(path)), fileEntry.parse(entry).code);
  }
  const sum = z.object({ code: z.number() }).parse(entries.SUM);
  return { code: sum.code, codeByFile };
}

const run = promisify(execFile);

export async function countLines(clocPath: string, dir: string): Promise<LineCount> {
  const { stdout } = await run(
    clocPath,
    ["--json", "--by-file", "--quiet", "--skip-uniqueness", "--not-match-f=\\.test\\.tsx?$", dir],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return lineCountOf(JSON.parse(stdout), resolve(dir));
}
