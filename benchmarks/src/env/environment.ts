// The environment a run was measured in, recorded with its results: commit, Node, Chromium, the
// machine, and the installed version of every package whose behaviour the figures depend on.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, platform, release, totalmem } from "node:os";
import { join } from "node:path";
import type { Environment } from "../results/schema";

/** Packages whose versions a reader needs, and the app that resolves each. */
const recordedPackages: Record<string, string> = {
  next: "apps/dashboard-tailwind",
  react: "apps/dashboard-tailwind",
  "react-dom": "apps/dashboard-tailwind",
  tailwindcss: "apps/dashboard-tailwind",
  "@tailwindcss/postcss": "apps/dashboard-tailwind",
  "class-variance-authority": "packages/ui-tailwind",
  "tailwind-merge": "packages/ui-tailwind",
  "@vanilla-extract/css": "apps/dashboard-vanilla",
  "@vanilla-extract/next-plugin": "apps/dashboard-vanilla",
  "@vanilla-extract/recipes": "packages/ui-vanilla",
  "styled-components": "apps/dashboard-styled",
  lighthouse: "benchmarks",
  autocannon: "benchmarks",
  "playwright-core": "benchmarks",
};

function installedVersion(repoRoot: string, name: string, from: string): string {
  try {
    const require = createRequire(join(repoRoot, from, "package.json"));
    // Resolve the package's folder through its entry, then read its manifest.
    let dir = require.resolve(name);
    for (;;) {
      const next = dir.slice(0, dir.lastIndexOf("/"));
      if (next === dir || !next) break;
      dir = next;
      try {
        const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
        if (manifest.name === name) return String(manifest.version);
      } catch {
        // Not the package's root yet.
      }
    }
  } catch {
    // Not installed where expected.
  }
  return "not installed";
}

function git(repoRoot: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd: repoRoot, encoding: "utf8" }).trim();
}

export function readEnvironment(repoRoot: string, chromiumVersion: string): Environment {
  const [cpu] = cpus();
  return {
    commit: git(repoRoot, "rev-parse", "--short=12", "HEAD"),
    dirty: git(repoRoot, "status", "--porcelain", "--untracked-files=no") !== "",
    node: process.version,
    chromium: chromiumVersion,
    os: `${platform()} ${release()}`,
    cpu: { model: cpu?.model.trim() ?? "unknown", cores: cpus().length },
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    packages: Object.fromEntries(
      Object.entries(recordedPackages).map(([name, from]) => [
        name,
        installedVersion(repoRoot, name, from),
      ]),
    ),
  };
}
