import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "parse5";
import { describe, expect, it } from "vitest";
import { fixtureResults } from "../results/results-fixture";
import type { BenchResults } from "../results/schema";
import { renderHtml } from "./html";

// A 1×1 PNG, enough to be embedded.
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
  "base64",
);

function withScreenshots(resultsDir: string): BenchResults {
  writeFileSync(join(resultsDir, "overview-tailwind-light.png"), png);
  return {
    ...fixtureResults({ refused: "styled" }),
    screenshots: [
      {
        route: "overview",
        target: "tailwind",
        theme: "light",
        file: "overview-tailwind-light.png",
      },
      { route: "overview", target: "vanilla", theme: "light", file: "overview-vanilla-light.png" },
    ],
  };
}

describe("renderHtml", () => {
  const resultsDir = mkdtempSync(join(tmpdir(), "report-"));
  const results = withScreenshots(resultsDir);
  const page = renderHtml(results, resultsDir);

  it("is an HTML document that parses without an error", () => {
    const errors: string[] = [];
    parse(page, {
      onParseError: (error) => errors.push(`${error.code} at line ${error.startLine}`),
    });
    expect(errors).toEqual([]);
    expect(page.startsWith("<!doctype html>")).toBe(true);
  });

  it("asks for nothing over the network: no external source, link or style", () => {
    expect(page).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(page).not.toMatch(/@import|url\(\s*["']?https?:/i);
    expect(page).not.toMatch(/<link\b/i);
    expect(page).not.toMatch(/<script\b/i);
  });

  it("names every metric and every target, and says which target was refused and why", () => {
    for (const metric of results.metrics) expect(page).toContain(metric.label);
    for (const target of results.targets) expect(page).toContain(target.label);
    expect(page).toContain("styled-components was not measured:</strong> pixel parity failed");
  });

  it("puts every figure, raw bytes and style recalculation too, in its tables", () => {
    expect(page).toContain("JavaScript (raw)");
    expect(page).toContain("352.0 kB");
    expect(page).toContain("Style recalculation");
  });

  it("draws a chart per group with a dot per measured kit and the floor as a line", () => {
    const charts = page.match(/<svg class="chart"[\s\S]*?<\/svg>/g) ?? [];
    expect(charts.length).toBeGreaterThan(0);
    const showRows = charts.find((chart) => chart.includes('aria-label="Show all 1,004 rows'));
    expect(showRows?.match(/<circle /g)).toHaveLength(2);
    expect(showRows).toContain('class="floor"');
  });

  it("embeds the screenshots it has as data URIs and says which are missing", () => {
    expect(page).toContain(`src="data:image/png;base64,${png.toString("base64")}"`);
    expect(page).toContain("Screenshot missing: <code>overview-vanilla-light.png</code>");
  });

  it("records the environment: commit, Node, Chromium, every package version, machine and profile", () => {
    const { environment } = results;
    for (const fact of [
      environment.commit,
      environment.node,
      environment.chromium,
      environment.cpu.model,
    ]) {
      expect(page).toContain(fact);
    }
    for (const [name, version] of Object.entries(environment.packages)) {
      expect(page).toContain(`<dt>${name}</dt><dd>${version}</dd>`);
    }
    expect(page).toContain("<dt>Profile</dt><dd>quick</dd>");
  });

  it("escapes text from the results file", () => {
    const hostile = {
      ...results,
      method: ['<script>alert("x")</script> & more'],
    };
    const escaped = renderHtml(hostile, resultsDir);
    expect(escaped).not.toContain("<script>");
    expect(escaped).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more");
  });

  it("renders other tables as they come", () => {
    expect(page).toContain('<section id="maintainability"><h2>Maintainability</h2>');
    expect(page).toContain("<td>Misspelled token</td><td>type check | lint</td>");
  });
});
