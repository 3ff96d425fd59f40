import type { Kit, ResolvedTheme } from "@payout-styles/ui-core";

export const storyKits: readonly Kit["name"][] = ["tailwind", "vanilla", "styled"];
export const storyThemes: readonly ResolvedTheme[] = ["light", "dark"];

/** What a story-test project renders every story with: Storybook's kit and theme globals. */
export interface StoryTestOptions {
  kit: Kit["name"];
  theme: ResolvedTheme;
}
