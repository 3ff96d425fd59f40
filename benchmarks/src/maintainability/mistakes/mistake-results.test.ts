import { describe, expect, it } from "vitest";
import { type MistakeInput, parseMistakes } from "./manifest";
import { mistakesMetrics, mistakesTable } from "./mistake-results";
import type { MistakesRun, Observation } from "./run-mistakes";

const manifest = parseMistakes([
  {
    id: "misspelled-token",
    title: "A misspelled token",
    kits: {
      tailwind: { looksLike: "`bg-surfce`", expected: "lint", why: "sort order" },
      vanilla: { looksLike: "`vars.color.surfce`", expected: "typecheck", why: "typed" },
      styled: { looksLike: "`theme.color.surfce`", expected: "typecheck", why: "typed" },
    },
  },
  {
    id: "missing-unit",
    title: "A unit missing",
    kits: {
      tailwind: { looksLike: "`max-w-[85]`", expected: "not caught", why: "px" },
      vanilla: { looksLike: '`maxWidth: "85"`', expected: "not caught", why: "any string" },
      styled: { looksLike: "`max-width: 85;`", expected: "not caught", why: "CSS text" },
    },
  },
] satisfies MistakeInput[]);

const observation = (
  mistakeId: string,
  kit: Observation["kit"],
  rest: Partial<Observation>,
): Observation => ({
  mistakeId,
  kit,
  expected: manifest.find((mistake) => mistake.id === mistakeId)?.kits[kit].expected ?? "build",
  seconds: 1,
  ...rest,
});

const run: MistakesRun = {
  kits: ["tailwind", "vanilla"],
  baselines: [],
  observations: [
    observation("misspelled-token", "tailwind", {
      outcome: "lint",
      message: "useTailwindSortedClasses: These CSS classes should be sorted.",
    }),
    observation("misspelled-token", "vanilla", {
      outcome: "typecheck",
      message: "TS2551 Property 'surfce' does not exist",
    }),
    observation("missing-unit", "tailwind", { outcome: "build", message: "Invalid value" }),
    observation("missing-unit", "vanilla", { outcome: "not caught" }),
  ],
  nextBuild: false,
  seconds: 42,
};

describe("mistakesTable", () => {
  const table = mistakesTable(run, manifest);

  it("has a row per mistake and a column per kit run, then the totals", () => {
    expect(table.columns).toEqual(["Mistake", "Tailwind CSS", "vanilla-extract"]);
    expect(table.rows.map((row) => row[0])).toEqual([
      "A misspelled token",
      "A unit missing",
      "Caught",
    ]);
  });

  it("shows the mistake as written in the kit, the stage that caught it and what it said", () => {
    expect(table.rows[0]).toEqual([
      "A misspelled token",
      "`bg-surfce` — lint: useTailwindSortedClasses: These CSS classes should be sorted.",
      "`vars.color.surfce` — type check: TS2551 Property 'surfce' does not exist",
    ]);
    expect(table.rows[1]?.[2]).toBe('`maxWidth: "85"` — not caught');
  });

  it("marks an outcome the manifest did not expect", () => {
    expect(table.rows[1]?.[1]).toBe("`max-w-[85]` — build: Invalid value (expected: not caught)");
  });

  it("totals each kit's catches by stage", () => {
    expect(table.rows[2]).toEqual(["Caught", "2 of 2 (lint 1, build 1)", "1 of 2 (type check 1)"]);
  });

  it("says in its note how the mistakes were made and checked", () => {
    expect(table.note).toContain("a clean copy of HEAD");
    expect(table.note).toContain("The full profile also runs next build");
  });
});

describe("mistakesMetrics", () => {
  it("counts the mistakes caught per kit, in all and per stage, as exact figures", () => {
    const metrics = mistakesMetrics(run, manifest);
    const byId = Object.fromEntries(metrics.map((metric) => [metric.id, metric]));
    expect(byId["maintainability/mistakes/caught"]).toMatchObject({
      label: "Mistakes caught (of 2)",
      exact: true,
      better: "higher",
      samples: { tailwind: [2], vanilla: [1] },
    });
    expect(byId["maintainability/mistakes/caught/typecheck"]?.samples).toEqual({
      tailwind: [0],
      vanilla: [1],
    });
    expect(byId["maintainability/mistakes/caught/lint"]?.samples).toEqual({
      tailwind: [1],
      vanilla: [0],
    });
  });
});
