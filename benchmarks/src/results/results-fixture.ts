// A small results file for the tests of its readers (report, compare, budgets): each kind of
// figure once — exact bytes, a noisy figure that ranks, one too noisy to rank, one with too few
// samples, a "higher is better" one, a table — and, on request, a kit refused for failing its
// parity check.
import { profiles } from "../config/profiles";
import { summariseMetrics } from "../stats/summarise";
import type { BenchResults, KitId, MeasuredMetric, TargetId } from "./schema";

type Samples = Partial<Record<TargetId, number[]>>;

const bytes = (route: string, type: string, compression: string, samples: Samples) =>
  ({
    id: `bytes/${route}/${type}/${compression}`,
    dimension: "bytes",
    group: route === "overview" ? "Overview" : "Payouts",
    label: `${type === "js" ? "JavaScript" : type.toUpperCase()} (${compression})`,
    unit: "bytes",
    better: "lower",
    exact: true,
    samples,
  }) satisfies MeasuredMetric;

const interaction = (id: string, measure: string, samples: Samples) =>
  ({
    id: `interactions/${id}/${measure}`,
    dimension: "interactions",
    group: id === "show-rows" ? "Show all 1,004 rows" : "Dark theme on",
    label: measure === "total" ? "Total" : "Style recalculation",
    unit: "ms",
    better: "lower",
    exact: false,
    note: "CPU throttling 1×",
    samples,
  }) satisfies MeasuredMetric;

const fixtureMeasured: MeasuredMetric[] = [
  bytes("overview", "js", "brotli", {
    tailwind: [101_000],
    vanilla: [100_600],
    styled: [142_300],
    floor: [100_000],
  }),
  bytes("overview", "css", "brotli", {
    tailwind: [9_800],
    vanilla: [7_200],
    styled: [0],
    floor: [0],
  }),
  bytes("overview", "js", "raw", {
    tailwind: [352_000],
    vanilla: [350_900],
    styled: [498_100],
    floor: [349_000],
  }),
  // Ranked: styled-components is clearly slower; the other two are level.
  interaction("show-rows", "total", {
    tailwind: [121.2, 123.5, 122.1, 124.9, 122.8],
    vanilla: [122.4, 121.9, 124.1, 123.3, 122.6],
    styled: [181.7, 185.2, 183.9, 188.4, 182.5],
    floor: [101.3, 102.8, 100.9, 103.6, 102.2],
  }),
  interaction("show-rows", "style", {
    tailwind: [18.1, 18.9, 18.4, 19.2, 18.6],
    vanilla: [18.3, 18.7, 18.2, 19.0, 18.8],
    styled: [31.4, 32.8, 31.9, 33.1, 32.2],
    floor: [9.6, 9.9, 9.7, 10.1, 9.8],
  }),
  // Too noisy: one kit's runs spread over several times their median.
  interaction("toggle-theme", "total", {
    tailwind: [22.4, 81.3, 35.0, 150.2, 23.1],
    vanilla: [30.2, 31.0, 30.6, 31.4, 30.8],
    styled: [44.1, 45.0, 44.6, 45.3, 44.8],
    floor: [20.1, 20.6, 20.3, 20.9, 20.4],
  }),
  // One Lighthouse run: shown, never ranked.
  {
    id: "load/overview/mobile/performance",
    dimension: "load",
    group: "Overview, mobile",
    label: "Performance score",
    unit: "score",
    better: "higher",
    exact: false,
    note: "Lighthouse mobile preset",
    samples: { tailwind: [96], vanilla: [97], styled: [88], floor: [99] },
  },
  {
    id: "server/overview/requests",
    dimension: "server",
    group: "Overview",
    label: "Requests per second",
    unit: "requests/s",
    better: "higher",
    exact: false,
    samples: {
      tailwind: [412, 405, 418, 409, 415],
      vanilla: [410, 414, 407, 416, 411],
      styled: [301, 296, 305, 299, 303],
      floor: [430, 426, 433, 428, 431],
    },
  },
];

const labels: Record<TargetId, string> = {
  tailwind: "Tailwind CSS",
  vanilla: "vanilla-extract",
  styled: "styled-components",
  floor: "floor (no styling)",
};

/** Without the refused kit's samples, as the runner leaves them out. */
function withoutTarget(metric: MeasuredMetric, refused: KitId | undefined): MeasuredMetric {
  if (!refused) return metric;
  const { [refused]: _left, ...samples } = metric.samples;
  return { ...metric, samples };
}

export function fixtureResults({ refused }: { refused?: KitId } = {}): BenchResults {
  const measured = fixtureMeasured.map((metric) => withoutTarget(metric, refused));
  return {
    schemaVersion: 1,
    runId: "2026-11-02T10-15-00Z-quick",
    startedAt: "2026-11-02T10:15:00.000Z",
    finishedAt: "2026-11-02T10:31:12.000Z",
    profile: "quick",
    bundler: "turbopack",
    environment: {
      commit: "ffd8b34a1c2e",
      dirty: false,
      node: "v20.20.2",
      chromium: "156.0.8078.73",
      os: "linux 6.1.0",
      cpu: { model: "AMD EPYC 7B13", cores: 2 },
      memoryGiB: 24,
      packages: { next: "16.4.6", react: "19.3.1", "styled-components": "6.6.0" },
    },
    method: [
      "Kits interleaved in every round (A B C D, B C D A, …) so machine drift falls on all alike.",
      "Median of each figure with a 95 % percentile-bootstrap interval.",
    ],
    settings: { interactions: { rounds: 5, warmups: 2 } },
    targets: (Object.keys(labels) as TargetId[]).map((id) =>
      id === refused
        ? {
            id,
            label: labels[id],
            status: "refused" as const,
            reason: "pixel parity failed on overview: 2.4 % of pixels differ",
          }
        : { id, label: labels[id], status: "measured" as const },
    ),
    routes: [
      { id: "overview", label: "Overview", path: "/" },
      { id: "payouts", label: "Payouts", path: "/payouts" },
    ],
    parity: [
      {
        target: "vanilla",
        route: "overview",
        check: "pixels",
        against: "tailwind",
        passed: true,
        detail: "0.00 % of pixels differ",
      },
    ],
    screenshots: [],
    metrics: summariseMetrics(measured, profiles.quick.statistics),
    dimensions: ["bytes", "load", "interactions", "server"],
    // A table arrives without the dimension's figures (issue 7's tables come from bench:maint).
    tables: [
      {
        id: "mistakes",
        dimension: "maintainability",
        title: "Mistakes caught",
        columns: ["Mistake", "Tailwind CSS"],
        rows: [["Misspelled token", "type check | lint"]],
        note: "At build or type-check time.",
      },
    ],
  };
}
