// bench:report RESULTS.json — writes the Markdown summary and the HTML report beside a results
// file (RESULTS.md, RESULTS.html), so a run can be reported again after the report changes. The
// statistics are made again from the raw samples with the settings the run recorded (the bootstrap
// is seeded, so an unchanged method gives the same figures), so a fix to them reaches old runs too.
import { writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { z } from "zod";
import { renderHtml } from "../report/html";
import { renderMarkdown } from "../report/markdown";
import { summariseMetrics } from "../stats/summarise";
import { readResults } from "./read-results";

const statisticsAsRun = z.object({
  statistics: z.object({
    resamples: z.number().int().positive(),
    minSamplesToRank: z.number().int().positive(),
    maxRelativeWidth: z.number().positive(),
  }),
});

const [file, ...rest] = process.argv.slice(2);
if (!file || rest.length > 0) {
  console.error("Usage: bench:report RESULTS.json");
  process.exit(2);
}
try {
  const read = readResults(file);
  const measured = read.metrics.map(({ summaries, comparisons, ...metric }) => metric);
  const results = {
    ...read,
    metrics: summariseMetrics(measured, statisticsAsRun.parse(read.settings).statistics),
  };
  const base = file.replace(/\.json$/, "");
  writeFileSync(`${base}.md`, renderMarkdown(results));
  writeFileSync(`${base}.html`, renderHtml(results, dirname(file)));
  console.log(`Wrote ${base}.md and ${base}.html`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
