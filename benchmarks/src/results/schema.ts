// The results file: one run of the harness, every figure with its raw samples per target and the
// statistics made from them. Versioned: a reader (report, compare, budgets) refuses a file whose
// schemaVersion it does not know, rather than misreading it.
import { z } from "zod";

export const resultsSchemaVersion = 1;

/** The three kits and the floor (the same screens with no styling at all). */
export const targetIds = ["tailwind", "vanilla", "styled", "floor"] as const;
export const targetIdSchema = z.enum(targetIds);
export type TargetId = z.infer<typeof targetIdSchema>;
export type KitId = Exclude<TargetId, "floor">;

export const dimensions = [
  "bytes",
  "load",
  "interactions",
  "memory",
  "server",
  "build",
  "maintainability",
] as const;
export const dimensionSchema = z.enum(dimensions);
export type Dimension = z.infer<typeof dimensionSchema>;

export const units = ["bytes", "ms", "s", "score", "ratio", "count", "requests/s", "MB"] as const;
export const unitSchema = z.enum(units);
export type Unit = z.infer<typeof unitSchema>;

/** A median and its 95 % bootstrap interval (low = high = median for an exact figure). */
export const intervalSchema = z.object({
  median: z.number(),
  low: z.number(),
  high: z.number(),
});
export type Interval = z.infer<typeof intervalSchema>;

export const targetSummarySchema = z.object({
  n: z.number().int().nonnegative(),
  /** The figure: median of the samples, with its 95 % interval. */
  value: intervalSchema,
  /**
   * (high − low) / median: how wide the interval is, relative to the figure. Null when the median
   * is 0 and the interval is not (a width relative to nothing; JSON has no Infinity): not rankable.
   */
  relativeWidth: z.number().nonnegative().nullable(),
  /** Too few samples or too wide an interval: this figure is never ranked. */
  rankable: z.boolean(),
  /** This target over the best kit (1 for the best itself); absent when not rankable. */
  ratioToBest: intervalSchema.optional(),
  /** This target over the floor; absent for the floor and where the floor has no figure or 0. */
  ratioToFloor: intervalSchema.optional(),
});
export type TargetSummary = z.infer<typeof targetSummarySchema>;

/**
 * One pairwise verdict between two kits: `better` names the kit the interval of the ratio says
 * is better, or is null (a tie, or a pair that cannot be ranked; `reason` says which).
 */
export const comparisonSchema = z.object({
  a: targetIdSchema,
  b: targetIdSchema,
  /** a over b. */
  ratio: intervalSchema.optional(),
  better: targetIdSchema.nullable(),
  reason: z.enum(["ranked", "tie", "too-noisy", "too-few-samples", "missing"]),
});
export type Comparison = z.infer<typeof comparisonSchema>;

export const metricSchema = z.object({
  /** Unique in a run, stable across runs: `bytes/overview/js/brotli`. */
  id: z.string().min(1),
  dimension: dimensionSchema,
  /** A table's row within the dimension: a route, an interaction case, a preset… */
  group: z.string().min(1),
  label: z.string().min(1),
  unit: unitSchema,
  better: z.enum(["lower", "higher"]),
  /** A deterministic figure (bytes, counts): compared exactly, no interval. */
  exact: z.boolean(),
  /** What the reader must know to read the figure: CPU throttling, preset, sample size. */
  note: z.string().optional(),
  samples: z.partialRecord(targetIdSchema, z.array(z.number())),
  summaries: z.partialRecord(targetIdSchema, targetSummarySchema),
  comparisons: z.array(comparisonSchema),
});
export type Metric = z.infer<typeof metricSchema>;
/** A metric as measured, before the statistics are made. */
export type MeasuredMetric = Omit<Metric, "summaries" | "comparisons">;

export const environmentSchema = z.object({
  commit: z.string(),
  /** The working tree had uncommitted changes when the run started. */
  dirty: z.boolean(),
  node: z.string(),
  chromium: z.string(),
  os: z.string(),
  cpu: z.object({ model: z.string(), cores: z.number().int().positive() }),
  memoryGiB: z.number().positive(),
  /** Installed versions: next, react, react-dom, each styling library, lighthouse, autocannon… */
  packages: z.record(z.string(), z.string()),
});
export type Environment = z.infer<typeof environmentSchema>;

export const targetSchema = z.object({
  id: targetIdSchema,
  label: z.string(),
  /** Measured, or refused (its parity check failed) with the reason. */
  status: z.enum(["measured", "refused"]),
  reason: z.string().optional(),
});
export type Target = z.infer<typeof targetSchema>;

export const routeSchema = z.object({
  id: z.string(),
  label: z.string(),
  path: z.string(),
});
export type Route = z.infer<typeof routeSchema>;

export const screenshotSchema = z.object({
  route: z.string(),
  target: targetIdSchema,
  theme: z.enum(["light", "dark"]),
  /** Relative to the results file. */
  file: z.string(),
});

export const parityCheckSchema = z.object({
  target: targetIdSchema,
  route: z.string(),
  /** What was compared: pixels against the other kits, or the floor's markup against a kit's. */
  check: z.enum(["pixels", "markup"]),
  against: targetIdSchema,
  passed: z.boolean(),
  detail: z.string(),
});
export type ParityCheck = z.infer<typeof parityCheckSchema>;

export const resultsSchema = z.object({
  schemaVersion: z.literal(resultsSchemaVersion),
  runId: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  profile: z.enum(["quick", "full"]),
  bundler: z.enum(["turbopack", "webpack"]),
  environment: environmentSchema,
  /** The method in a few lines, as the report prints it. */
  method: z.array(z.string()),
  /** The profile's numbers (rounds, runs, throttling…), as run. */
  settings: z.record(z.string(), z.unknown()),
  targets: z.array(targetSchema),
  routes: z.array(routeSchema),
  parity: z.array(parityCheckSchema),
  screenshots: z.array(screenshotSchema),
  metrics: z.array(metricSchema),
  /** Dimensions measured in this run (a run may leave some out). */
  dimensions: z.array(dimensionSchema),
  /** Tables that are not figures with intervals (issue 7: mistakes caught, change cost). */
  tables: z.array(
    z.object({
      id: z.string(),
      dimension: dimensionSchema,
      title: z.string(),
      columns: z.array(z.string()),
      rows: z.array(z.array(z.string())),
      note: z.string().optional(),
    }),
  ),
});
export type BenchResults = z.infer<typeof resultsSchema>;
export type ResultsTable = BenchResults["tables"][number];

/** Reads a results file's JSON, refusing another schema version with a clear message. */
export function parseResults(json: unknown, source: string): BenchResults {
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== resultsSchemaVersion) {
    throw new Error(
      `${source}: results schema version ${String(version)}, this harness reads version ${resultsSchemaVersion}`,
    );
  }
  const parsed = resultsSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`${source} is not a valid results file: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
