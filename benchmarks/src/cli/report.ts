// bench:report RESULTS.json — writes the Markdown summary and the HTML report beside a results
// file (RESULTS.md, RESULTS.html), so a run can be reported again after the report changes.
import { writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { renderHtml } from "../report/html";
import { renderMarkdown } from "../report/markdown";
import { readResults } from "./read-results";

const [file, ...rest] = process.argv.slice(2);
if (!file || rest.length > 0) {
  console.error("Usage: bench:report RESULTS.json");
  process.exit(2);
}
try {
  const results = readResults(file);
  const base = file.replace(/\.json$/, "");
  writeFileSync(`${base}.md`, renderMarkdown(results));
  writeFileSync(`${base}.html`, renderHtml(results, dirname(file)));
  console.log(`Wrote ${base}.md and ${base}.html`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
