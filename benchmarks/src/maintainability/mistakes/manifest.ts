// The shape of the mistakes manifest (mistakes.ts), validated with zod when it loads: each mistake
// says how it looks in every kit and which stage of that kit's toolchain is expected to catch it.
// CI compares what it observes with these expectations, so the manifest is the claim under test.
import { join } from "node:path";
import { z } from "zod";
import { repoRoot } from "../../config/targets";
import type { KitId } from "../../results/schema";

/** The kits every mistake is made in, in the order the table shows them. */
export const mistakeKits = ["tailwind", "vanilla", "styled"] as const satisfies readonly KitId[];

/** The stages of a kit's toolchain, in the order a developer meets them. */
export const stages = ["typecheck", "lint", "build"] as const;
export type Stage = (typeof stages)[number];
export const outcomes = [...stages, "not caught"] as const;
export type Outcome = (typeof outcomes)[number];

const kitMistakeSchema = z.object({
  /** The mistake as this kit's users write it, short: "`bg-surfce` for `bg-surface`". */
  looksLike: z.string().min(1),
  /** The first stage expected to catch it, or "not caught". */
  expected: z.enum(outcomes),
  /** One line: why that stage catches it, or why none does. */
  why: z.string().min(1),
});

const mistakeSchema = z.object({
  /** Stable, kebab-case: the patches' folder name. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "kebab-case"),
  title: z.string().min(1),
  kits: z.object({
    tailwind: kitMistakeSchema,
    vanilla: kitMistakeSchema,
    styled: kitMistakeSchema,
  }),
});

const manifestSchema = z
  .array(mistakeSchema)
  .min(1)
  .superRefine((mistakes, context) => {
    const seen = new Set<string>();
    for (const [index, mistake] of mistakes.entries()) {
      if (seen.has(mistake.id)) {
        context.addIssue({
          code: "custom",
          path: [index, "id"],
          message: `duplicate id "${mistake.id}"`,
        });
      }
      seen.add(mistake.id);
    }
  });

export type Mistake = z.infer<typeof mistakeSchema>;
export type MistakeInput = z.input<typeof mistakeSchema>;

/** The manifest validated, or an error naming every problem. */
export function parseMistakes(input: readonly MistakeInput[]): readonly Mistake[] {
  const parsed = manifestSchema.safeParse(input);
  if (!parsed.success) {
    throw new Error(`The mistakes manifest is invalid: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/** Where the patches live: one folder per mistake, one `<kit>.patch` per kit (git diff vs HEAD). */
export const patchesDir = join(repoRoot, "benchmarks", "maintainability", "mistakes");

export function patchFile(mistakeId: string, kit: KitId): string {
  return join(patchesDir, mistakeId, `${kit}.patch`);
}
