import { describe, expect, it } from "vitest";
import { fixtureResults } from "../results/results-fixture";
import { renderMarkdown } from "./markdown";

/** The table row whose figure cell starts with `label`, split into its cells. */
function rowOf(markdown: string, label: string): string[] {
  const line = markdown.split("\n").find((candidate) => candidate.includes(`| ${label}`));
  if (!line) throw new Error(`No row for ${label}`);
  return line.split(" | ").map((cell) => cell.replace(/^\| |\s\|$/g, "").trim());
}

describe("renderMarkdown", () => {
  const all = renderMarkdown(fixtureResults());
  const refused = renderMarkdown(fixtureResults({ refused: "styled" }));

  it("opens with the run, its software and machine, and the targets refused, with why", () => {
    expect(refused).toContain("## Styling benchmark: quick profile, turbopack");
    expect(refused).toContain("Run `2026-11-02T10-15-00Z-quick`");
    expect(refused).toContain("commit `ffd8b34a1c2e`");
    expect(refused).toContain("Chromium 156.0.8078.73");
    expect(refused).toContain("AMD EPYC 7B13, 2 cores, 24 GiB");
    expect(refused).toContain(
      "**styled-components was not measured:** pixel parity failed on overview",
    );
  });

  it("has one table per dimension, with the measured kits and the floor as columns", () => {
    for (const heading of ["### Bytes", "### Load", "### Interactions", "### Server"]) {
      expect(all).toContain(heading);
    }
    expect(all.match(/^\| {2}\| Figure \|/gm)).toHaveLength(4);
    expect(refused).toContain(
      "|  | Figure | Tailwind CSS | vanilla-extract | floor (no styling) |",
    );
  });

  it("prints an exact figure without an interval, the best kit marked, and bytes over the floor", () => {
    expect(rowOf(all, "JavaScript (brotli)")).toEqual([
      "Overview",
      "JavaScript (brotli)",
      "101.0 kB · ×1.004 · +1.0 kB vs floor",
      "**100.6 kB** best · +600 B vs floor",
      "142.3 kB · ×1.41 · +42.3 kB vs floor",
      "100.0 kB",
    ]);
  });

  it("prints a noisy ranked figure with its half-interval, ratio to the best and times the floor", () => {
    const [, , tailwind, vanilla, styled] = rowOf(all, "Total (CPU throttling 1×)");
    expect(tailwind).toBe("122.8 ms ±1.9 · ×1.002 · ×1.20 vs floor");
    expect(vanilla).toBe("**122.6 ms ±1.1** best · ×1.20 vs floor");
    expect(styled).toBe("183.9 ms ±3.4 · ×1.50 · ×1.80 vs floor");
  });

  it("marks figures it does not rank, shows both ends of a wide interval, and explains each mark once", () => {
    const theme = all.split("\n").find((line) => line.startsWith("| Dark theme on"));
    expect(theme).toContain("35.0 ms [22.4–150.2] † · ×1.72 vs floor");
    expect(rowOf(all, "Performance score ↑")[2]).toBe("96 ‡ · −3 vs floor");
    expect(all.match(/Too noisy to rank/g)).toHaveLength(1);
    expect(all.match(/Too few samples to rank/g)).toHaveLength(1);
  });

  it("says only what the intervals support in each dimension's verdict", () => {
    expect(all).toContain(
      "**Verdict:** Tailwind CSS and vanilla-extract are level within the noise on 1 of 2 cases; " +
        "Tailwind CSS is faster than styled-components on 1 of 2 cases; vanilla-extract is faster " +
        "than styled-components on both cases; on 1 of 2 cases a kit is too noisy to rank.",
    );
    expect(all).toContain(
      "**Verdict:** no pair of kits can be ranked; on the one page there are too few samples to rank.",
    );
  });

  it("keeps to brotli bytes and total durations, and says the rest is in the HTML report", () => {
    expect(all).not.toContain("JavaScript (raw)");
    expect(all).not.toContain("Style recalculation");
    expect(all.match(/2 of 3 figures shown; every figure is in the HTML report/g)).toHaveLength(2);
  });

  it("renders other tables as they come, with a cell's pipe escaped", () => {
    expect(all).toContain("### Maintainability\n\n#### Mistakes caught");
    expect(all).toContain("| Misspelled token | type check \\| lint |");
    expect(all).toContain("_At build or type-check time._");
  });
});
