// `next build` of a kit's app: the truth the fast build (kit-build.ts) stands for. About half a
// minute to a minute each on two cores, so it runs on the full profile only, on the clean copy and on
// every mistake that reaches the build stage, to show that both builds catch the same mistakes.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import type { StageVerdict } from "./first-catch";
import { nextBuildMessage } from "./messages";

const tenMinutes = 10 * 60 * 1000;

export function nextBuild(appDir: string): StageVerdict {
  // Every build from nothing, as on a clean clone. Next 16 keeps Turbopack's cache in .next between
  // builds, and it keeps a failed Tailwind compile after the stylesheet that failed is fixed (the
  // error stays until .next goes: vercel/next.js#90563); found here when every Tailwind mistake
  // after the @apply one "failed" next build with the @apply one's error.
  rmSync(join(appDir, ".next"), { recursive: true, force: true });
  const run = spawnSync(join(appDir, "node_modules", ".bin", "next"), ["build"], {
    cwd: appDir,
    encoding: "utf8",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    maxBuffer: 64 * 1024 * 1024,
    timeout: tenMinutes,
  });
  if (run.error) throw run.error;
  if (run.status === 0) return { caught: false };
  return { caught: true, message: nextBuildMessage(`${run.stdout}\n${run.stderr}`) };
}
