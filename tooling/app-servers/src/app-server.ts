// One dashboard app's production build served by `next start` on its own copy of the seeded
// database, with a random session secret, so no run shares state with another.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { join, relative } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { copySeededDatabase } from "./database-copies";
import { repoRoot } from "./repo-root";

export interface AppServerOptions {
  /** Names the database copy's folder, e.g. `e2e-tailwind`. */
  name: string;
  appDir: string;
  /** The build folder (`.next`, `.next-webpack`): next.config.ts reads NEXT_DIST_DIR. */
  distDir: string;
  port: number;
  host?: string;
  stdio?: "inherit" | "ignore";
}

export interface AppServer {
  url: string;
  process: ChildProcess;
  /** Resolves once the server has exited and its database copy is removed. */
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Throws, saying how to build it, when the app has no production build in `distDir`. */
export function assertBuilt(appDir: string, distDir: string): void {
  if (existsSync(join(appDir, distDir, "BUILD_ID"))) return;
  const dir = relative(repoRoot, appDir);
  const build = distDir === ".next" ? "npx next build" : "npx next build --webpack";
  throw new Error(
    `${dir} has no production build in ${distDir} (${dir}/${distDir}/BUILD_ID is missing): ` +
      `run \`cd ${dir} && NEXT_DIST_DIR=${distDir} ${build}\` first.`,
  );
}

// A server still draining connections this long after its signal is killed, so its copy is
// removed in time.
const killGraceMs = 3_000;

/** Throws when something already listens on the port: a server left running would be measured. */
export async function assertPortFree(host: string, port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === "EADDRINUSE"
            ? `Port ${port} on ${host} is in use: stop the server left running there first`
            : `Port ${port} on ${host} cannot be used: ${error.message}`,
        ),
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const { name, appDir, distDir, port, host = "127.0.0.1", stdio = "inherit" } = options;
  assertBuilt(appDir, distDir);
  await assertPortFree(host, port);
  const dataDir = await copySeededDatabase(name);
  const { DATABASE_URL: _server, ...env } = process.env;
  const child = spawn(
    join(appDir, "node_modules", ".bin", "next"),
    ["start", "-p", String(port), "-H", host],
    {
      cwd: appDir,
      stdio: ["ignore", stdio, "inherit"],
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
  // A parent that dies (an uncaught error, say) takes its server with it rather than leaving it
  // on the port; the database copy is then removed by the next run's clean-up.
  const killOnExit = () => child.kill("SIGKILL");
  process.on("exit", killOnExit);
  const exited = new Promise<number | null>((resolve) => {
    child.on("exit", (code) => {
      process.off("exit", killOnExit);
      rmSync(dataDir, { recursive: true, force: true });
      resolve(code);
    });
  });
  return {
    url: `http://${host}:${port}`,
    process: child,
    exited,
    stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill(signal);
        setTimeout(() => child.kill("SIGKILL"), killGraceMs).unref();
      }
      return exited;
    },
  };
}

/** Waits until the server answers its sign-in page, or fails after `timeoutMs`. */
export async function waitUntilServing(server: AppServer, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.process.exitCode !== null) {
      throw new Error(`The server for ${server.url} exited (code ${server.process.exitCode})`);
    }
    try {
      const response = await fetch(`${server.url}/signin`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`${server.url} did not answer /signin within ${timeoutMs / 1000} s`);
}
