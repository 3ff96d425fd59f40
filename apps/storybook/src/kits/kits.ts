// The three kits Storybook renders, in the order the toolbar and the side-by-side view show them.
import type { Kit } from "@payout-styles/ui-core";
import { styledKit } from "@payout-styles/ui-styled/kit";
import { tailwindKit } from "@payout-styles/ui-tailwind/kit";
import { vanillaKit } from "@payout-styles/ui-vanilla/kit";

/** The floor (no styling) is the benchmarks' baseline, not a kit to browse. */
export type KitName = Exclude<Kit["name"], "floor">;

/** A kit Storybook shows: one of the three, never the floor. */
export type BrowsedKit = Kit & { name: KitName };

export const kits: readonly BrowsedKit[] = [tailwindKit, vanillaKit, styledKit];

export const kitLabels: Record<KitName, string> = {
  tailwind: "Tailwind CSS",
  vanilla: "vanilla-extract",
  styled: "styled-components",
};

/** The toolbar's choice: one kit, or all three side by side. */
export type KitChoice = KitName | "all";

export function kitsFor(choice: KitChoice): readonly BrowsedKit[] {
  return choice === "all" ? kits : kits.filter((kit) => kit.name === choice);
}
