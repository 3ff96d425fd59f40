// bench [--profile quick|full] [--kits …] [--bundler …] [--dimensions …] [--check-budgets]
// Serves every target's production build, checks parity, measures, and writes
// results/<timestamp>-<commit>.json with its Markdown summary and HTML report.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderBudgetReport, writeBudgetTestSummary } from "../budgets/budget-report";
import { loadBudgets } from "../budgets/budgets";
import { checkBudgets } from "../budgets/check";
import { benchRoutes } from "../config/routes";
import { repoRoot, selectTargets } from "../config/targets";
import { readEnvironment } from "../env/environment";
import { changeCheckFailed } from "../maintainability/changes/measure-change-cost";
import { mistakeChecksFailed } from "../maintainability/mistakes/measure-mistakes";
import { checkParity } from "../parity/check-parity";
import { renderHtml } from "../report/html";
import { renderMarkdown } from "../report/markdown";
import { type BenchResults, resultsSchemaVersion } from "../results/schema";
import { launchBrowser } from "../run/browser";
import { runMeasurements } from "../run/measurements";
import { describeMethod } from "../run/method";
import type { MeasurementOutput, RunContext } from "../run/run-context";
import { serveTargets } from "../run/serve-targets";
import { summariseMetrics } from "../stats/summarise";
import { type BenchArguments, benchUsage, parseBenchArguments } from "./bench-arguments";

const benchDir = join(repoRoot, "benchmarks");
const budgetsFile = join(benchDir, "budgets.json");
const budgetSummaryFile = join(benchDir, ".test-results", "budgets.json");

function parse(): BenchArguments {
  try {
    return parseBenchArguments(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${benchUsage}`);
    process.exit(2);
  }
}

function runIdOf(startedAt: Date, commit: string): string {
  const stamp = startedAt
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  return `${stamp}-${commit.slice(0, 7)}`;
}

async function main(): Promise<number> {
  const args = parse();
  const startedAt = new Date();
  const resultsDir = args.outDir ?? join(benchDir, "results");
  // Parity is checked on every kit there is, so a run of one kit is still gated on the others.
  const everyTarget = selectTargets(undefined);
  const measuredIds = new Set(selectTargets(args.kits).map((target) => target.id));
  const log = (message: string) => console.log(`  ${message}`);

  const { browser, executablePath, args: chromiumArgs, version } = await launchBrowser();
  const environment = readEnvironment(repoRoot, version);
  const runId = runIdOf(startedAt, environment.commit);
  const outDir = join(resultsDir, runId);
  mkdirSync(outDir, { recursive: true });
  console.log(`Benchmark run ${runId}: ${args.profile.name} profile, ${args.bundler} builds`);

  const servers = await serveTargets(everyTarget, args.bundler, browser);
  let measured: MeasurementOutput = { metrics: [], tables: [] };
  let parity: Awaited<ReturnType<typeof checkParity>>;
  try {
    const context: RunContext = {
      profile: args.profile,
      browser,
      chromiumPath: executablePath,
      chromiumArgs,
      targets: servers.served,
      outDir,
      log,
    };
    console.log("▶ Parity: screenshots and markup of every route, in every target");
    parity = await checkParity(context);
    for (const [target, reason] of parity.refused) {
      console.error(`✗ ${target} is refused: ${reason}`);
    }
    const standing = servers.served.filter(
      (served) => measuredIds.has(served.target.id) && !parity.refused.has(served.target.id),
    );
    measured = await runMeasurements({ ...context, targets: standing }, args.dimensions);
  } finally {
    await servers.stop();
    await browser.close();
  }

  const results: BenchResults = {
    schemaVersion: resultsSchemaVersion,
    runId,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    profile: args.profile.name,
    bundler: args.bundler,
    environment,
    method: describeMethod(args.profile, args.bundler, `Chromium ${version}`, args.dimensions),
    settings: { ...args.profile },
    targets: everyTarget
      .filter((target) => measuredIds.has(target.id))
      .map((target) => {
        const reason = parity.refused.get(target.id);
        return reason
          ? { id: target.id, label: target.label, status: "refused" as const, reason }
          : { id: target.id, label: target.label, status: "measured" as const };
      }),
    routes: benchRoutes.map(({ id, label, path }) => ({ id, label, path })),
    parity: parity.checks,
    screenshots: parity.screenshots.map((shot) => ({ ...shot, file: join(runId, shot.file) })),
    metrics: summariseMetrics(measured.metrics, args.profile.statistics),
    dimensions: args.dimensions,
    tables: measured.tables,
  };

  const base = join(resultsDir, runId);
  writeFileSync(`${base}.json`, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(`${base}.md`, renderMarkdown(results));
  writeFileSync(`${base}.html`, renderHtml(results, resultsDir));
  console.log(`\nWrote ${base}.json, .md and .html`);

  // The mistake and change checks fail the run when a patch rotted or an outcome changed.
  const checkedPatches = args.dimensions.includes("maintainability");
  let failed =
    parity.refused.size > 0 || (checkedPatches && (mistakeChecksFailed() || changeCheckFailed()));
  if (args.checkBudgets) {
    const outcomes = checkBudgets(results, loadBudgets(budgetsFile));
    console.log(`\n${renderBudgetReport(outcomes)}`);
    writeBudgetTestSummary(budgetSummaryFile, outcomes);
    failed ||= outcomes.some((outcome) => outcome.status === "failed");
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
