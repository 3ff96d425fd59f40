#!/usr/bin/env node
// The README's commands start here. A fresh machine has only Node and npm, so this file uses
// nothing but Node's standard library: it fetches the pinned pnpm through npx, installs the
// workspace when it is missing or stale, then runs the task.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bundlers, existingDashboardApps, floorApp } from "./dashboard-apps.mjs";

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
  return pnpmWithEnv(args, {});
}

function pnpmWithEnv(args, env) {
  return run(pnpmCommand.command, [...pnpmCommand.prefix, ...args], {
    env: { ...process.env, ...env },
  });
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

// Each task: [label, pnpm arguments, extra environment (optional)].
function steps(...tasks) {
  for (const [label, args, env = {}] of tasks) {
    console.log(`\n▶ ${label}`);
    const status = pnpmWithEnv(args, env);
    if (status !== 0) {
      console.error(`\n✗ ${label} failed (exit ${status}).`);
      process.exit(status);
    }
  }
}

// Each package's Vitest run also writes a JSON report here, so the test command can close with
// one plain "N passed, N failed" line for the whole tree.
const testResultsFile = ".test-results/vitest.json";
// The benchmark's checks (budgets, mistakes, change patches) write their outcomes in the same
// shape, one file each, in benchmarks/.test-results/.
const benchResultsDir = join(root, "benchmarks", ".test-results");

function testPackageDirs() {
  const groups = ["apps", "packages", "tooling"].flatMap((group) => {
    const dir = join(root, group);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "package.json")))
      .map((entry) => join(dir, entry.name));
  });
  return [...groups, join(root, "benchmarks")];
}

function clearTestResults() {
  for (const dir of [...testPackageDirs(), join(root, "e2e")])
    rmSync(join(dir, ".test-results"), { recursive: true, force: true });
}

// Playwright's JSON reports, one per bundler run (e2e/playwright.config.ts).
function e2eResultsFiles() {
  const dir = join(root, "e2e", ".test-results");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^playwright-.+\.json$/.test(name))
    .map((name) => join(dir, name));
}

// The story tests' Playwright report (apps/storybook/story-tests/playwright.config.ts).
const storyTestResultsFile = join(
  root,
  "apps",
  "storybook",
  ".test-results",
  "playwright-stories.json",
);

function summariseTestResults() {
  let passed = 0;
  let failed = 0;
  const benchChecks = existsSync(benchResultsDir)
    ? readdirSync(benchResultsDir)
        .filter((name) => name.endsWith(".json") && name !== "vitest.json")
        .map((name) => join(benchResultsDir, name))
    : [];
  for (const file of [
    ...testPackageDirs().map((dir) => join(dir, testResultsFile)),
    ...benchChecks,
  ]) {
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  for (const file of [...e2eResultsFiles(), storyTestResultsFile].filter(existsSync)) {
    const { stats } = JSON.parse(readFileSync(file, "utf8"));
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
    "--workspace-concurrency=2",
    "test",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${testResultsFile}`,
  );
  return status;
}

// What a build writes itself (next build rewrites next-env.d.ts) is not a source of the build.
const notSources = new Set([
  "node_modules",
  ".next",
  ".next-webpack",
  ".test-results",
  "dist",
  "next-env.d.ts",
  "tsconfig.tsbuildinfo",
]);

// Newest modification time under a folder, skipping installs and build output.
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (notSources.has(entry.name)) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

// A production build is stale when any source it is built from (the app, or a workspace
// package) changed after it was made.
function buildIsCurrent(app, bundler) {
  const buildId = join(app.dir, bundlers[bundler].distDir, "BUILD_ID");
  if (!existsSync(buildId)) return false;
  const builtAt = statSync(buildId).mtimeMs;
  return [app.dir, join(root, "packages")].every((dir) => newestMtime(dir) <= builtAt);
}

function buildDashboards(apps, { bundler = "turbopack", always = false } = {}) {
  const { distDir, buildArgs } = bundlers[bundler];
  for (const app of apps) {
    if (!always && buildIsCurrent(app, bundler)) continue;
    const { name } = JSON.parse(readFileSync(join(app.dir, "package.json"), "utf8"));
    steps([
      `Production build of the ${app.label} dashboard (next build, ${bundler})`,
      ["--filter", name, "build", ...buildArgs],
      { NEXT_DIST_DIR: distDir },
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

function playwright(args, env = {}) {
  return pnpmWithEnv(
    ["--filter", "@payout-styles/e2e", "exec", "playwright", "test", ...args],
    env,
  );
}

// The whole suite on the Turbopack builds (every kit's specs and screenshots, then the visual
// parity check across kits), then each app's webpack build, smoke-tested.
function endToEndTests() {
  const chromium = ensureChromium();
  const apps = existingDashboardApps();
  buildDashboards(apps, { always: true });
  const kits = apps.map((a) => a.kit).join(", ");
  console.log(`\n▶ End-to-end suite and visual parity (Playwright, ${chromium}): ${kits}`);
  const suite = playwright([]);
  buildDashboards(apps, { bundler: "webpack", always: true });
  console.log(`\n▶ Smoke run of the webpack builds: ${kits}`);
  const smoke = playwright([], { E2E_BUNDLER: "webpack" });
  return suite || smoke;
}

// Storybook built statically, then every story in every kit and theme: it renders, its play
// function passes and axe finds no WCAG A/AA violation (apps/storybook/README.md).
function storyTests() {
  const chromium = ensureChromium();
  steps(["Static build of the Storybook", ["--filter", "@payout-styles/storybook", "build"]]);
  console.log(`\n▶ Story tests: every story in every kit and theme (Playwright, ${chromium})`);
  return pnpmWithEnv(["--filter", "@payout-styles/storybook", "test:stories"], {
    CHROME_PATH: chromium,
  });
}

function visualParity() {
  ensureChromium();
  buildDashboards(existingDashboardApps());
  console.log("\n▶ Screenshots of every kit, compared pairwise (visual parity)");
  return playwright(["--project=visual-parity"]);
}

// An embedded database belongs to one process, so each app gets its own copy of the seeded one;
// a PostgreSQL server (DATABASE_URL) is shared by all three.
function appDatabase(app) {
  if (process.env.DATABASE_URL) return {};
  const seeded = process.env.PAYOUT_DATA_DIR || join(root, ".data", "pglite");
  const copy = `${seeded}-${app.kit}`;
  if (!existsSync(copy)) cpSync(seeded, copy, { recursive: true });
  return { PAYOUT_DATA_DIR: copy };
}

// Browsers share cookies across ports of one host, so the three apps sign sessions with one key:
// a seller signed in to one dashboard is signed in to all three.
function sharedSessionSecret() {
  if (process.env.SESSION_SECRET) return process.env.SESSION_SECRET;
  const file = join(root, ".data", "session-secret");
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

function serveDashboards() {
  const apps = existingDashboardApps();
  steps([
    "Seed the embedded database (first run) and list the demo sign-ins",
    ["--filter", "@payout-styles/data", "start"],
  ]);
  buildDashboards(apps);
  const sessionSecret = sharedSessionSecret();
  const servers = apps.map((app) =>
    spawn(join(app.dir, "node_modules", ".bin", "next"), ["start", "-p", String(app.port)], {
      cwd: app.dir,
      stdio: "inherit",
      env: {
        ...process.env,
        ...appDatabase(app),
        SESSION_SECRET: sessionSecret,
        NEXT_TELEMETRY_DISABLED: "1",
      },
    }),
  );
  console.log("\nThe dashboards (sign in with a demo seller above):");
  for (const app of apps) console.log(`  ${app.label.padEnd(18)} http://localhost:${app.port}`);
  if (!process.env.DATABASE_URL) {
    console.log(
      "Each has its own copy of the seeded embedded database (.data/pglite-<kit>), so what a " +
        "seller does in one app does not show in the others; delete .data to start afresh.",
    );
  }
  console.log("Stop with Ctrl+C.");
  const stop = () => {
    for (const server of servers) server.kill("SIGTERM");
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  for (const server of servers) server.on("exit", (code) => code && process.exit(code));
}

// The benchmark harness (benchmarks/): it measures production builds of the kits' apps and of the
// floor, so those are built first (when missing or stale) for the bundler it is asked for.
function benchmark(args) {
  ensureChromium();
  const at = args.indexOf("--bundler");
  const bundler = at >= 0 ? args[at + 1] : "turbopack";
  if (!bundlers[bundler]) {
    console.error(`Unknown bundler "${bundler}": ${Object.keys(bundlers).join(" or ")}`);
    return 2;
  }
  buildDashboards([...existingDashboardApps(), floorApp], { bundler });
  console.log("\n▶ Benchmarks");
  return pnpm("--filter", "@payout-styles/benchmarks", "bench", ...args);
}

// npm runs this from the root and pnpm the script in benchmarks/, so the files are made absolute
// from where the command was typed (INIT_CWD).
function compareBenchRuns(files) {
  return pnpm(
    "--filter",
    "@payout-styles/benchmarks",
    "compare",
    ...files.map((file) => resolve(process.env.INIT_CWD ?? process.cwd(), file)),
  );
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
    const storyStatus = storyTests();
    const e2eStatus = endToEndTests();
    // The quick profile on the Turbopack builds the suite just tested, with the budgets enforced.
    const benchStatus = benchmark(["--profile", "quick", "--check-budgets"]);
    const failed = summariseTestResults();
    const statuses = [unitStatus, storyStatus, e2eStatus, benchStatus];
    if (statuses.some((status) => status !== 0) || failed > 0) process.exit(1);
  },
  "test:e2e": () => {
    clearTestResults();
    const status = endToEndTests();
    summariseTestResults();
    process.exit(status);
  },
  "test:visual": () => {
    clearTestResults();
    const status = visualParity();
    summariseTestResults();
    process.exit(status);
  },
  bench: () => process.exit(benchmark(process.argv.slice(3))),
  "bench:compare": () => process.exit(compareBenchRuns(process.argv.slice(3))),
  "bench:maint": () =>
    process.exit(benchmark(["--dimensions", "build,maintainability", ...process.argv.slice(3)])),
  "bench:data": () =>
    steps([
      "Benchmark the data layer (full seed, queries, CSV export)",
      ["--filter", "@payout-styles/data", "bench"],
    ]),
  storybook: () =>
    steps([
      "Storybook at http://localhost:6006 (every kit; stop with Ctrl+C)",
      ["--filter", "@payout-styles/storybook", "dev"],
    ]),
  "test:storybook": () => {
    clearTestResults();
    const status = storyTests();
    summariseTestResults();
    process.exit(status);
  },
};

const task = tasks[process.argv[2]];
if (!task) {
  console.error(`Unknown task "${process.argv[2]}". Known: ${Object.keys(tasks).join(", ")}.`);
  process.exit(2);
}
ensureInstalled();
task();
