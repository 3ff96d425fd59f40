#!/usr/bin/env node
// The README's commands start here. A fresh machine has only Node and npm, so this file uses
// nothing but Node's standard library: it fetches the pinned pnpm through npx, installs the
// workspace when it is missing or stale, then runs the task.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { existingDashboardApps } from "./dashboard-apps.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const rootManifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const pnpmVersion = rootManifest.packageManager.replace(/^pnpm@/, "");

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function installedPnpmMatches() {
  const probe = spawnSync("pnpm", ["--version"], { encoding: "utf8" });
  return probe.status === 0 && probe.stdout.trim() === pnpmVersion;
}

const pnpmCommand = installedPnpmMatches()
  ? { command: "pnpm", prefix: [] }
  : { command: "npx", prefix: ["--yes", `pnpm@${pnpmVersion}`] };

function pnpm(...args) {
  return run(pnpmCommand.command, [...pnpmCommand.prefix, ...args]);
}

function installIsCurrent() {
  const marker = join(root, "node_modules", ".pnpm", "lock.yaml");
  if (!existsSync(marker)) return false;
  return statSync(marker).mtimeMs >= statSync(join(root, "pnpm-lock.yaml")).mtimeMs;
}

function ensureInstalled() {
  if (installIsCurrent()) return;
  console.log(`Installing the workspace with pnpm ${pnpmVersion}…`);
  const status = pnpm("install", "--frozen-lockfile");
  if (status !== 0) process.exit(status);
}

function steps(...tasks) {
  for (const [label, args] of tasks) {
    console.log(`\n▶ ${label}`);
    const status = pnpm(...args);
    if (status !== 0) {
      console.error(`\n✗ ${label} failed (exit ${status}).`);
      process.exit(status);
    }
  }
}

// Each package's Vitest run also writes a JSON report here, so the test command can close with
// one plain "N passed, N failed" line for the whole tree.
const testResultsFile = ".test-results/vitest.json";

function testPackageDirs() {
  return ["apps", "packages", "tooling"].flatMap((group) => {
    const dir = join(root, group);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "package.json")))
      .map((entry) => join(dir, entry.name));
  });
}

function clearTestResults() {
  for (const dir of [...testPackageDirs(), join(root, "e2e")])
    rmSync(join(dir, ".test-results"), { recursive: true, force: true });
}

// Playwright's JSON report, written by the end-to-end suite (e2e/playwright.config.ts).
const e2eResultsFile = join(root, "e2e", ".test-results", "playwright.json");

function summariseTestResults() {
  let passed = 0;
  let failed = 0;
  for (const dir of testPackageDirs()) {
    const file = join(dir, testResultsFile);
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  if (existsSync(e2eResultsFile)) {
    const { stats } = JSON.parse(readFileSync(e2eResultsFile, "utf8"));
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
  }
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
  return failed;
}

function unitTests() {
  console.log("\n▶ Unit, property and database tests (Vitest)");
  const status = pnpm(
    "-r",
    "--workspace-concurrency=1",
    "test",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${testResultsFile}`,
  );
  return status;
}

const notYet = (what, issue) => () => {
  console.error(`${what} does not exist yet: it arrives with issue ${issue}.`);
  process.exit(1);
};

// Newest modification time under a folder, skipping installs and build output.
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (["node_modules", ".next", ".test-results", "dist"].includes(entry.name)) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

// A production build is stale when any source it is built from (the app, or a workspace
// package) changed after it was made.
function buildIsCurrent(app) {
  const buildId = join(app.dir, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return false;
  const builtAt = statSync(buildId).mtimeMs;
  return [app.dir, join(root, "packages")].every((dir) => newestMtime(dir) <= builtAt);
}

function buildDashboards(apps, { always = false } = {}) {
  for (const app of apps) {
    if (!always && buildIsCurrent(app)) continue;
    const { name } = JSON.parse(readFileSync(join(app.dir, "package.json"), "utf8"));
    steps([
      `Production build of the ${app.label} dashboard (next build)`,
      ["--filter", name, "build"],
    ]);
  }
}

function ensureChromium() {
  const probe = spawnSync(join(root, "tooling", "ensure-chromium.sh"), {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (probe.status !== 0) process.exit(probe.status ?? 1);
  return probe.stdout.trim();
}

function endToEndTests() {
  const chromium = ensureChromium();
  const apps = existingDashboardApps();
  buildDashboards(apps, { always: true });
  console.log(
    `\n▶ End-to-end suite (Playwright, ${chromium}): ${apps.map((a) => a.kit).join(", ")}`,
  );
  return pnpm("--filter", "@payout-styles/e2e", "test:e2e");
}

function serveDashboards() {
  const apps = existingDashboardApps();
  steps([
    "Seed the embedded database (first run) and list the demo sign-ins",
    ["--filter", "@payout-styles/data", "start"],
  ]);
  buildDashboards(apps);
  const dataDir = process.env.PAYOUT_DATA_DIR || join(root, ".data", "pglite");
  const servers = apps.map((app) =>
    spawn(join(app.dir, "node_modules", ".bin", "next"), ["start", "-p", String(app.port)], {
      cwd: app.dir,
      stdio: "inherit",
      env: { ...process.env, PAYOUT_DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: "1" },
    }),
  );
  console.log("\nThe dashboards (sign in with a demo seller above):");
  for (const app of apps) console.log(`  ${app.label.padEnd(18)} http://localhost:${app.port}`);
  console.log("Stop with Ctrl+C.");
  const stop = () => {
    for (const server of servers) server.kill("SIGTERM");
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  for (const server of servers) server.on("exit", (code) => code && process.exit(code));
}

const tasks = {
  start: serveDashboards,
  test: () => {
    clearTestResults();
    steps(
      ["Lint and format check (Biome)", ["run", "lint"]],
      ["Type check every package", ["run", "typecheck"]],
    );
    const unitStatus = unitTests();
    const e2eStatus = endToEndTests();
    const failed = summariseTestResults();
    if (unitStatus !== 0 || e2eStatus !== 0 || failed > 0) process.exit(1);
  },
  "test:e2e": () => {
    clearTestResults();
    const status = endToEndTests();
    summariseTestResults();
    process.exit(status);
  },
  "test:visual": notYet("The visual parity suite", 4),
  bench: notYet("The benchmark harness", 5),
  "bench:data": () =>
    steps([
      "Benchmark the data layer (full seed, queries, CSV export)",
      ["--filter", "@payout-styles/data", "bench"],
    ]),
  storybook: notYet("The Storybook", 6),
};

const task = tasks[process.argv[2]];
if (!task) {
  console.error(`Unknown task "${process.argv[2]}". Known: ${Object.keys(tasks).join(", ")}.`);
  process.exit(2);
}
ensureInstalled();
task();
