// A cold production build of one app in the scratch copy: `next build` (Turbopack) or
// `next build --webpack`, into a dist dir made for it and removed after, so no build reuses
// another's output or `cache/` (where both bundlers keep their caches).
import { rmSync } from "node:fs";
import { join } from "node:path";
import { type Bundler, bundlers } from "../../config/targets";
import { runTimed, type TimedRun } from "./timed-process";

const distDir = ".next-bench-build";
const buildTimeoutMs = 20 * 60_000;

export async function coldBuild(
  appDir: string,
  bundler: Bundler,
  memorySampleMs: number,
): Promise<TimedRun> {
  const dist = join(appDir, distDir);
  rmSync(dist, { recursive: true, force: true });
  const { DATABASE_URL: _server, NODE_ENV: _mode, ...env } = process.env;
  try {
    return await runTimed(
      join(appDir, "node_modules", ".bin", "next"),
      ["build", ...bundlers[bundler].buildArgs],
      {
        cwd: appDir,
        env: { ...env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
        timeoutMs: buildTimeoutMs,
        memorySampleMs,
      },
    );
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
}
