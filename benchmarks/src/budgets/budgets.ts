/**
 * The budget file (`benchmarks/budgets.json`), which CI checks every quick run against. Two kinds
 * of rule, neither an absolute time:
 *
 * - `bytes`: per kit, route and figure (`<type>/<compression>`, the last two parts of the metric id
 *   `bytes/<route>/<type>/<compression>`), the most bytes the kit may ship (0: none at all). Bytes
 *   are exact: a figure over its budget by one byte fails.
 * - `ratiosToFloor`: for the metrics whose id matches `metric` (a glob: `*` is one part of the
 *   id, `**` any number), the largest ratio of a kit's median to the floor's, both measured in
 *   the same run. A kit fails only when the low end of its ratio's 95 % interval is over `max`:
 *   it regressed past the budget by more than the noise, so a noisy CI machine does not fail it.
 *   `kits` narrows a rule to some kits (every kit when absent). A figure with too few samples is
 *   not checked, and is reported as such.
 *
 * @example
 * {
 *   "$comment": "From run 2026-11-02T10-15-00Z-quick with 5 % headroom",
 *   "bytes": {
 *     "tailwind": { "overview": { "js/brotli": 178700, "css/brotli": 9400, "total/brotli": 249600 } },
 *     "styled": { "overview": { "js/brotli": 192000 } }
 *   },
 *   "ratiosToFloor": [
 *     { "metric": "interactions/*\/total", "max": 1.6 },
 *     { "metric": "interactions/toggle-theme/style", "max": 2.4, "kits": ["styled"] }
 *   ]
 * }
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { targetIds } from "../results/schema";

const kitIdSchema = z.enum(targetIds.filter((id) => id !== "floor"));

/** "js/brotli": a type and a compression, as the last two parts of a bytes metric's id. */
const bytesFigureSchema = z.string().regex(/^[a-z0-9-]+\/(raw|gzip|brotli)$/);

const ratioBudgetSchema = z.strictObject({
  /** A metric id or a glob of them: "interactions/*\/total". */
  metric: z.string().min(1),
  max: z.number().positive(),
  kits: z.array(kitIdSchema).nonempty().optional(),
});
export type RatioBudget = z.infer<typeof ratioBudgetSchema>;

const budgetsSchema = z.strictObject({
  /** Where the numbers came from: JSON has no comments. */
  $comment: z.string().optional(),
  bytes: z
    .partialRecord(
      kitIdSchema,
      z.record(z.string().min(1), z.record(bytesFigureSchema, z.number().int().nonnegative())),
    )
    .default({}),
  ratiosToFloor: z.array(ratioBudgetSchema).default([]),
});
export type Budgets = z.infer<typeof budgetsSchema>;

export function parseBudgets(json: unknown, source: string): Budgets {
  const parsed = budgetsSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`${source} is not a valid budget file: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export function loadBudgets(file: string): Budgets {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file}: cannot read the budget file (${(error as Error).message})`);
  }
  return parseBudgets(json, file);
}
