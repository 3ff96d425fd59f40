// The change requests as data: what a product person asked for, and the stories in which each
// change shows (with the viewport it needs and the themes). The patches sit beside the manifest,
// one folder per task: shared.patch (what is no kit's) and one patch per kit.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { repoRoot } from "../../config/targets";
import type { KitId } from "../../results/schema";

export const changesDir = join(repoRoot, "benchmarks", "maintainability", "changes");
export const manifestFile = join(changesDir, "tasks.json");

export const changeKits = ["tailwind", "vanilla", "styled"] as const satisfies readonly KitId[];
/** Who a patch belongs to: one kit, or none (tokens, the contract, labels, stories, the floor). */
export const changeOwners = ["shared", ...changeKits] as const;
export type ChangeOwner = (typeof changeOwners)[number];

const storyIdSchema = z
  .string()
  .regex(/^[a-z0-9-]+--[a-z0-9-]+$/, "a Storybook story id, e.g. components-button--primary");

export const changeTaskSchema = z.object({
  /** The task's folder under benchmarks/maintainability/changes/. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "kebab-case"),
  title: z.string().min(1),
  /** The change request as a product person would write it. */
  request: z.string().min(1),
  /** The stories that show the change, rendered in every kit and compared pixel for pixel. */
  stories: z.array(storyIdSchema).min(1),
  viewport: z.object({
    width: z.number().int().min(320),
    height: z.number().int().min(320),
  }),
  themes: z.array(z.enum(["light", "dark"])).min(1),
  /**
   * Why no kit's code changes, when none does (a token-only change): the kits' patches are then
   * empty files, and a kit patch left empty without a reason is a mistake the tests catch.
   */
  kitsUnchangedBecause: z.string().min(1).optional(),
});
export type ChangeTask = z.infer<typeof changeTaskSchema>;

export const changeManifestSchema = z
  .object({ tasks: z.array(changeTaskSchema).min(1) })
  .superRefine(({ tasks }, context) => {
    const seen = new Set<string>();
    for (const [index, task] of tasks.entries()) {
      if (seen.has(task.id)) {
        context.addIssue({
          code: "custom",
          path: ["tasks", index, "id"],
          message: `task id "${task.id}" is used twice`,
        });
      }
      seen.add(task.id);
      if (new Set(task.stories).size !== task.stories.length) {
        context.addIssue({
          code: "custom",
          path: ["tasks", index, "stories"],
          message: `task "${task.id}" lists a story twice`,
        });
      }
      if (new Set(task.themes).size !== task.themes.length) {
        context.addIssue({
          code: "custom",
          path: ["tasks", index, "themes"],
          message: `task "${task.id}" lists a theme twice`,
        });
      }
    }
  });
export type ChangeManifest = z.infer<typeof changeManifestSchema>;

/** Validates a manifest's JSON, failing with every problem and where it is. */
export function parseChangeManifest(json: unknown, source: string): ChangeManifest {
  const parsed = changeManifestSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`${source} is not a valid change manifest:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export function readChangeManifest(file = manifestFile): ChangeManifest {
  return parseChangeManifest(JSON.parse(readFileSync(file, "utf8")), file);
}

export function patchFile(taskId: string, owner: ChangeOwner, dir = changesDir): string {
  return join(dir, taskId, `${owner}.patch`);
}
