// Where the embedded database (and the generated session secret) live: PAYOUT_DATA_DIR, else
// `<repo>/.data/pglite` like the data package's command-line tools. The repository is found from
// the working directory, because a bundled server has no stable import.meta.url to start from.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

function repoRoot(from: string): string {
  let dir = resolve(from);
  while (!existsSync(join(dir, "pnpm-workspace.yaml"))) {
    const parent = dirname(dir);
    if (parent === dir) return resolve(from);
    dir = parent;
  }
  return dir;
}

export function localDataDir(): string {
  return process.env.PAYOUT_DATA_DIR || join(repoRoot(process.cwd()), ".data", "pglite");
}
