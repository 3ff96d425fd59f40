// The run as one self-contained HTML page, for a design review: the verdicts at a glance, then per
// dimension its verdict, a chart per group and the tables (the Markdown's, and every figure behind
// a disclosure), the kits' screenshots side by side, the method, the parity checks and the
// environment. Everything is inline (style sheet, SVG, screenshots as data URIs): it opens from
// disk with no network.
import { profiles } from "../config/profiles";
import type { BenchResults, Dimension, Metric } from "../results/schema";
import type { Statistics } from "../stats/figure";
import { dimensionNames, verdictFindings } from "../stats/verdict";
import { notRankedMarks } from "./cell";
import { formatPercent } from "./format";
import { headlineMetrics } from "./headline";
import { type ChartTarget, groupChart } from "./html/chart";
import { figureTable, plainTable } from "./html/figure-table";
import { html, type Markup, trusted } from "./html/markup";
import { screenshotSection } from "./html/screenshots";
import { styleSheet } from "./html/style";
import { reportDimensions, reportTargets } from "./run-facts";

interface Page {
  results: BenchResults;
  statistics: Statistics;
  targets: ChartTarget[];
  kits: ChartTarget[];
  label: (id: ChartTarget["id"]) => string;
}

/** "Tailwind CSS, vanilla-extract and styled-components" */
function kitNames(results: BenchResults): string {
  const names = results.targets
    .filter((target) => target.id !== "floor")
    .map((target) => target.label);
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names.join("");
}

const utc = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

function header({ results }: Page): Markup {
  const refused = results.targets.filter((target) => target.status === "refused");
  return html`<header>
    <p class="eyebrow">Styling benchmark · ${results.profile} profile · ${results.bundler}</p>
    <h1>${kitNames(results)} on one payout dashboard</h1>
    <p class="run">Run <code>${results.runId}</code> · ${utc(results.startedAt)} · commit <code>${results.environment.commit}</code>${results.environment.dirty ? " with uncommitted changes" : ""}</p>
    ${refused.map(
      (target) =>
        html`<div class="alert" role="note"><p><strong>${target.label} was not measured:</strong> ${target.reason ?? "refused"}</p></div>`,
    )}
  </header>`;
}

function legend({ targets, statistics }: Page): Markup {
  return html`<p class="legend">
    ${targets.filter((target) => target.id !== "floor").map((target) => html`<span><span class="swatch target-${target.id}"></span>${target.label}</span>`)}
    <span><span class="swatch floor-line"></span>floor: the same screens with no styling</span>
    <span>dot: median · whisker: 95 % bootstrap interval</span>
    <span>${notRankedMarks.tooNoisy} hollow dot: too noisy to rank (interval over ${formatPercent(statistics.maxRelativeWidth)} of the median)</span>
    <span>${notRankedMarks.tooFewSamples} too few samples to rank (under ${statistics.minSamplesToRank})</span>
  </p>`;
}

function glance(page: Page, dimensions: readonly Dimension[]): Markup {
  const rows = dimensions.flatMap((dimension) => {
    const metrics = headlineMetrics(dimension, page.results.metrics);
    if (metrics.length === 0) return [];
    return [
      html`<dt><a href="#${dimension}">${dimensionNames[dimension]}</a></dt><dd>${verdictFindings(dimension, metrics, page.label)}</dd>`,
    ];
  });
  return html`<section class="glance" aria-labelledby="glance"><h2 id="glance">At a glance</h2><dl>${rows}</dl></section>`;
}

/** An exact figure every kit shares (the same font files) says nothing a chart can show. */
function varies(metric: Metric, kits: readonly ChartTarget[]): boolean {
  const medians = kits.map((kit) => metric.summaries[kit.id]?.value.median);
  return !metric.exact || new Set(medians).size > 1;
}

function charts(page: Page, headline: readonly Metric[]): Markup {
  const metrics = headline.filter((metric) => varies(metric, page.kits));
  const groups = [...new Set(metrics.map((metric) => metric.group))];
  return html`<div class="charts">${groups.map(
    (group) =>
      html`<figure><figcaption>${group}</figcaption>${groupChart(
        group,
        metrics.filter((metric) => metric.group === group),
        page.kits,
        page.statistics,
      )}</figure>`,
  )}</div>`;
}

function dimensionSection(page: Page, dimension: Dimension): Markup {
  const { results, statistics, targets } = page;
  const headline = headlineMetrics(dimension, results.metrics);
  const all = results.metrics.filter((metric) => metric.dimension === dimension);
  const tables = results.tables.filter((table) => table.dimension === dimension);
  return html`<section id="${dimension}"><h2>${dimensionNames[dimension]}</h2>
    ${
      headline.length > 0 &&
      html`<p class="verdict">${verdictFindings(dimension, headline, page.label)}</p>
      ${charts(page, headline)}
      ${figureTable(headline, targets, statistics)}`
    }
    ${all.length > headline.length && html`<details><summary>Every figure (${all.length})</summary>${figureTable(all, targets, statistics)}</details>`}
    ${tables.map(plainTable)}
  </section>`;
}

function facts(entries: readonly (readonly [string, string | Markup])[]): Markup {
  return html`<dl class="facts">${entries.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>`;
}

/** A profile setting as a reader says it: "rounds 5 · warmups 2", "mobile, desktop". */
function describeSetting(value: unknown): string {
  if (Array.isArray(value)) return value.map(describeSetting).join(", ");
  if (value && typeof value === "object") {
    return Object.entries(value)
      .map(([key, inner]) => `${key} ${describeSetting(inner)}`)
      .join(" · ");
  }
  return String(value);
}

function method({ results, statistics }: Page): Markup {
  const settings = Object.entries(results.settings).map(
    ([name, value]) => [name, describeSetting(value)] as const,
  );
  return html`<section id="method"><h2>Method</h2>
    <ul class="method">${results.method.map((line) => html`<li>${line}</li>`)}
      <li>Intervals: 95 % percentile bootstrap of the median, ${statistics.resamples.toLocaleString("en-US")} resamples, seeded so the same samples always give the same interval. A pair of kits is ranked only when the interval of the ratio of their medians excludes 1, each has at least ${statistics.minSamplesToRank} samples and neither interval is wider than ${formatPercent(statistics.maxRelativeWidth)} of its median; bytes and counts are exact and compared as they are.</li>
    </ul>
    ${settings.length > 0 && html`<h3>Settings (${results.profile} profile)</h3>${facts(settings)}`}
  </section>`;
}

function parity({ results, label }: Page): Markup | undefined {
  if (results.parity.length === 0) return undefined;
  return html`<section id="parity"><h2>Parity checks</h2>
    <p class="section-note">A kit whose check fails is refused, not measured: the figures compare the same screens.</p>
    <table><thead><tr><th>Target</th><th>Route</th><th>Check</th><th>Against</th><th>Result</th><th>Detail</th></tr></thead>
    <tbody>${results.parity.map(
      (
        check,
      ) => html`<tr><td>${label(check.target)}</td><td>${check.route}</td><td>${check.check}</td><td>${label(check.against)}</td>
        <td class="${check.passed ? "passed" : "failed"}">${check.passed ? "passed" : "failed"}</td><td>${check.detail}</td></tr>`,
    )}</tbody></table></section>`;
}

function environment({ results }: Page): Markup {
  const { environment } = results;
  return html`<section id="environment"><h2>Environment</h2><div class="columns">
    <div><h3>Run and machine</h3>${facts([
      [
        "Commit",
        html`<code>${environment.commit}</code>${environment.dirty ? " (uncommitted changes)" : " (clean)"}`,
      ],
      ["Profile", results.profile],
      ["Bundler", results.bundler],
      ["Node", environment.node],
      ["Chromium", environment.chromium],
      ["CPU", `${environment.cpu.model}, ${environment.cpu.cores} cores`],
      ["Memory", `${environment.memoryGiB} GiB`],
      ["OS", environment.os],
      ["Started", utc(results.startedAt)],
      ["Finished", utc(results.finishedAt)],
    ])}</div>
    <div><h3>Package versions</h3>${facts(Object.entries(environment.packages))}</div>
  </div></section>`;
}

/** The report page; `resultsDir` is where the results file is, which screenshots are relative to. */
export function renderHtml(results: BenchResults, resultsDir: string): string {
  const targets = reportTargets(results);
  const page: Page = {
    results,
    statistics: profiles[results.profile].statistics,
    targets,
    kits: targets.filter((target) => target.id !== "floor"),
    label: (id) => results.targets.find((target) => target.id === id)?.label ?? id,
  };
  const dimensions = reportDimensions(results);
  return `<!doctype html>
${html`<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Styling benchmark — ${results.runId}</title>
<style>${trusted(styleSheet)}</style></head>
<body>
${header(page)}
${glance(page, dimensions)}
${legend(page)}
${dimensions.map((dimension) => dimensionSection(page, dimension))}
${screenshotSection(results, resultsDir, page.kits)}
${method(page)}
${parity(page)}
${environment(page)}
<footer>Made by the payout-styles benchmark harness from <code>${results.runId}</code> (results schema ${results.schemaVersion}).</footer>
</body></html>`}
`;
}
