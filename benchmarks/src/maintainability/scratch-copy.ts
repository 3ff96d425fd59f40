// A clean copy of the repository at HEAD, to apply a patch to and run a kit's toolchain on: a
// detached git worktree with its own install (pnpm links from its store, offline, in seconds).
// The working tree's uncommitted changes are not in it: patches are written against HEAD.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "../config/targets";

export interface ScratchCopy {
  dir: string;
  /** Applies a patch file (git apply, 3-way refused); throws with git's message if it does not apply. */
  apply(patchFile: string): void;
  /** Back to HEAD: every change and untracked file dropped, the install kept. */
  reset(): void;
  dispose(): void;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

function pnpmVersion(): string {
  const manifest = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8"));
  return String(manifest.packageManager).replace(/^pnpm@/, "");
}

export function createScratchCopy(name: string): ScratchCopy {
  const dir = mkdtempSync(join(tmpdir(), `payout-${name}-`));
  git(repoRoot, "worktree", "add", "--detach", "--force", dir, "HEAD");
  try {
    execFileSync(
      "npx",
      ["--yes", `pnpm@${pnpmVersion()}`, "install", "--offline", "--frozen-lockfile", "--silent"],
      { cwd: dir, stdio: ["ignore", "ignore", "pipe"] },
    );
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    git(repoRoot, "worktree", "prune");
    throw new Error(`Installing the scratch copy failed: ${(error as Error).message}`);
  }
  return {
    dir,
    apply(patchFile) {
      try {
        git(dir, "apply", "--whitespace=nowarn", patchFile);
      } catch (error) {
        const stderr = (error as { stderr?: string }).stderr ?? String(error);
        throw new Error(`${patchFile} does not apply to HEAD: ${stderr.trim()}`);
      }
    },
    reset() {
      git(dir, "checkout", "--", ".");
      git(dir, "clean", "-fdq", "--exclude=node_modules");
    },
    dispose() {
      git(repoRoot, "worktree", "remove", "--force", dir);
    },
  };
}
