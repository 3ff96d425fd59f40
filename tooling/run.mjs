#!/usr/bin/env node
// The README's commands start here. A fresh machine has only Node and npm, so this file uses
// nothing but Node's standard library: it fetches the pinned pnpm through npx, installs the
// workspace when it is missing or stale, then runs the task.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

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
  for (const dir of testPackageDirs())
    rmSync(join(dir, ".test-results"), { recursive: true, force: true });
}

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
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
  return failed;
}

function unitTests() {
  clearTestResults();
  console.log("\n▶ Unit, property and database tests (Vitest)");
  const status = pnpm(
    "-r",
    "--workspace-concurrency=1",
    "test",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${testResultsFile}`,
  );
  const failed = summariseTestResults();
  if (status !== 0 || failed > 0) process.exit(status || 1);
}

const notYet = (what, issue) => () => {
  console.error(`${what} does not exist yet: it arrives with issue ${issue}.`);
  process.exit(1);
};

const tasks = {
  start: () =>
    steps([
      "Seed the embedded database and summarise it",
      ["--filter", "@payout-styles/data", "start"],
    ]),
  test: () => {
    steps(
      ["Lint and format check (Biome)", ["run", "lint"]],
      ["Type check every package", ["run", "typecheck"]],
    );
    unitTests();
  },
  "test:e2e": notYet("The end-to-end suite", 3),
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
