// Serves one kit's production build for the suite: `tsx servers/serve-kit.ts <kit>`.
// Each run gets a fresh copy of the seeded template database (removed when the server stops)
// and a random session secret, so runs never share state.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { distDirOf, kitNamed, repoRoot } from "../kits";
import { ensureSeedTemplate } from "./seed-template";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const kit = (() => {
  try {
    return kitNamed(process.argv[2] ?? "");
  } catch (error) {
    return fail(`Usage: tsx servers/serve-kit.ts <kit>. ${(error as Error).message}`);
  }
})();
const bundler = process.argv[3] ?? "turbopack";
if (bundler !== "turbopack" && bundler !== "webpack") {
  fail(`Usage: tsx servers/serve-kit.ts <kit> [turbopack|webpack]; got bundler "${bundler}".`);
}
const distDir = distDirOf(bundler);
const appDir = relative(repoRoot, kit.appDir);
if (!existsSync(join(kit.appDir, distDir, "BUILD_ID"))) {
  const build = bundler === "webpack" ? "npx next build --webpack" : "npx next build";
  fail(
    `The ${kit.label} dashboard has no ${bundler} production build ` +
      `(${appDir}/${distDir}/BUILD_ID is missing): run \`cd ${appDir} && NEXT_DIST_DIR=${distDir} ${build}\` first.`,
  );
}

// A copy's folder names the serving process (`payout-e2e-<kit>-<pid>-…`). A copy whose process is
// gone was left by a run killed before it could clean up; a live one belongs to a concurrent run.
const copyPrefix = `payout-e2e-${kit.name}-`;
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
for (const entry of readdirSync(tmpdir())) {
  const owner = entry.startsWith(copyPrefix)
    ? /^(\d+)-/.exec(entry.slice(copyPrefix.length))
    : null;
  if (owner && !isAlive(Number(owner[1]))) {
    rmSync(join(tmpdir(), entry), { recursive: true, force: true });
  }
}

const template = await ensureSeedTemplate();
const dataDir = mkdtempSync(join(tmpdir(), `${copyPrefix}${process.pid}-`));
cpSync(template, dataDir, { recursive: true });

const { DATABASE_URL: _server, ...env } = process.env;
const server = spawn(
  join(kit.appDir, "node_modules", ".bin", "next"),
  ["start", "-p", String(kit.port), "-H", "127.0.0.1"],
  {
    cwd: kit.appDir,
    stdio: "inherit",
    env: {
      ...env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PAYOUT_DATA_DIR: dataDir,
      NEXT_DIST_DIR: distDir,
      SESSION_SECRET: randomBytes(32).toString("base64url"),
    },
  },
);

// Playwright waits a few seconds after its signal; a server still draining connections by then
// is killed, so the copy is removed in time.
const killGraceMs = 3_000;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.kill(signal);
    setTimeout(() => server.kill("SIGKILL"), killGraceMs).unref();
  });
}
server.on("exit", (code, signal) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? (signal ? 0 : 1));
});
