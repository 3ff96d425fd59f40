import { describe, expect, test } from "vitest";
import { type LighthouseReport, loadFigures, readLoadFigures } from "./lighthouse-figures";

function report(overrides: Partial<LighthouseReport> = {}): LighthouseReport {
  const value = (numericValue: number) => ({ numericValue });
  return {
    finalDisplayedUrl: "http://127.0.0.1:5001/",
    runWarnings: [],
    categories: { performance: { score: 0.87 } },
    audits: {
      "first-contentful-paint": value(900),
      "largest-contentful-paint": value(1800),
      "total-blocking-time": value(120),
      "speed-index": value(1500),
      "cumulative-layout-shift": value(0.02),
      "mainthread-work-breakdown": {
        numericValue: 700,
        details: {
          type: "table",
          items: [
            { group: "scriptEvaluation", duration: 400 },
            { group: "styleLayout", duration: 200 },
            { group: "other", duration: 100 },
          ],
        },
      },
      "bootup-time": value(350),
    },
    ...overrides,
  };
}

describe("readLoadFigures", () => {
  test("reads the score out of 100, the metrics, main-thread groups and bootup time", () => {
    const figures = readLoadFigures(report());
    expect(figures).toMatchObject({
      "performance-score": 87,
      fcp: 900,
      lcp: 1800,
      tbt: 120,
      "speed-index": 1500,
      cls: 0.02,
      "main-thread/total": 700,
      "main-thread/script-evaluation": 400,
      "main-thread/style-layout": 200,
      "main-thread/other": 100,
      "bootup-time": 350,
    });
  });

  test("a task group without work reads 0, so every run has every figure", () => {
    const figures = readLoadFigures(report());
    expect(figures["main-thread/garbage-collection"]).toBe(0);
    expect(Object.keys(figures).sort()).toEqual(loadFigures.map(({ figure }) => figure).sort());
  });

  test("a failed run or a failed audit is refused, not read as a number", () => {
    expect(() =>
      readLoadFigures(report({ runtimeError: { code: "NO_FCP", message: "no paint" } })),
    ).toThrow(/NO_FCP/);
    const broken = report();
    broken.audits["largest-contentful-paint"] = { errorMessage: "NO_LCP" };
    expect(() => readLoadFigures(broken)).toThrow(/largest-contentful-paint failed: NO_LCP/);
    expect(() => readLoadFigures(report({ categories: { performance: { score: null } } }))).toThrow(
      /no performance score/,
    );
  });
});
