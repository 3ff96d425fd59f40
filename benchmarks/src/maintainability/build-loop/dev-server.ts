// `next dev` from cold, in the scratch copy: a fresh dist dir (so no compile cache, Turbopack's
// included), on its own copy of the seeded database. Timed on the harness's clock from the spawn:
// until the sign-in page shows in the browser (the server is up and has compiled that page), and
// until the overview shows after signing in through the form, as a developer's first look at
// a signed-in page goes (the sign-in action and the overview compiled on the way).
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { assertPortFree, copySeededDatabase } from "@payout-styles/app-servers";
import { signInLabels } from "@payout-styles/ui-core";
import type { BrowserContext, Page } from "playwright-core";
import { type BenchTarget, type Bundler, bundlers } from "../../config/targets";
import { type RunContext, signedInContext } from "../../run/run-context";
import { submitSignIn } from "../../run/serve-targets";

export interface DevSession {
  /** Spawn to the sign-in page shown, and to the overview shown once signed in. */
  signInPageMs: number;
  firstSignedInPageMs: number;
  /** On the overview, signed in. */
  page: Page;
  stop(): Promise<void>;
}

const host = "127.0.0.1";
// `npm start` serves on the app's port, the e2e suite on +1000, `bench` on +2000.
const devPortOffset = 2100;
const distDir = ".next-bench-dev";
const startTimeoutMs = 300_000;

async function stopProcessGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-pid, "SIGTERM");
  const killer = setTimeout(() => process.kill(-pid, "SIGKILL"), 5_000);
  await exited;
  clearTimeout(killer);
}

/** Retries the first visit while the server is not listening yet. */
async function gotoWhenListening(page: Page, path: string, child: ChildProcess): Promise<void> {
  const deadline = performance.now() + startTimeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next dev exited (code ${child.exitCode})`);
    try {
      await page.goto(path, { timeout: startTimeoutMs });
      return;
    } catch (error) {
      const refused = /ERR_CONNECTION_REFUSED/.test((error as Error).message);
      if (!refused || performance.now() > deadline) throw error;
      await sleep(100);
    }
  }
}

export async function startDevSession(
  context: RunContext,
  target: BenchTarget,
  appDir: string,
  bundler: Bundler,
): Promise<DevSession> {
  const port = target.port + devPortOffset;
  await assertPortFree(host, port);
  const dataDir = await copySeededDatabase(`bench-dev-${target.id}`);
  rmSync(join(appDir, distDir), { recursive: true, force: true });
  const { DATABASE_URL: _server, NODE_ENV: _mode, ...env } = process.env;
  let browserContext: BrowserContext | undefined;
  const started = performance.now();
  const child = spawn(
    join(appDir, "node_modules", ".bin", "next"),
    ["dev", "-p", String(port), "-H", host, ...bundlers[bundler].buildArgs],
    {
      cwd: appDir,
      detached: true,
      stdio: "ignore",
      env: {
        ...env,
        NEXT_DIST_DIR: distDir,
        NEXT_TELEMETRY_DISABLED: "1",
        PAYOUT_DATA_DIR: dataDir,
        SESSION_SECRET: randomBytes(32).toString("base64url"),
      },
    },
  );
  // A harness that dies takes the dev server with it rather than leaving it on the port.
  const killOnExit = () => child.pid !== undefined && process.kill(-child.pid, "SIGKILL");
  process.on("exit", killOnExit);
  const stop = async () => {
    await browserContext?.close();
    await stopProcessGroup(child);
    process.off("exit", killOnExit);
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(join(appDir, distDir), { recursive: true, force: true });
  };
  try {
    const url = `http://${host}:${port}`;
    // The desktop context every measurement uses, with no session yet.
    browserContext = await signedInContext(context, {
      target,
      url,
      storageState: { cookies: [], origins: [] },
      cookieHeader: "",
    });
    const page = await browserContext.newPage();
    await gotoWhenListening(page, "/signin", child);
    await page.getByLabel(signInLabels.email, { exact: true }).waitFor({ timeout: startTimeoutMs });
    const signInPageMs = performance.now() - started;
    await submitSignIn(page, startTimeoutMs);
    const firstSignedInPageMs = performance.now() - started;
    return { signInPageMs, firstSignedInPageMs, page, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
