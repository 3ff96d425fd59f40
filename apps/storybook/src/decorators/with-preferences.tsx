import type { Decorator } from "@storybook/react-vite";
import {
  applyStoryPreferences,
  storyDensities,
  storyThemes,
} from "../preferences/story-preferences";

/** Applies the toolbar's theme and density before the story renders (no flash of the other). */
export const withPreferences: Decorator = (Story, { globals }) => {
  const theme = storyThemes.find((name) => name === globals.theme) ?? "light";
  const density = storyDensities.find((name) => name === globals.density) ?? "comfortable";
  applyStoryPreferences(theme, density);
  return <Story />;
};
