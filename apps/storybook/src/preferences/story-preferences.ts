// The toolbar's theme and density, applied the way the dashboard applies a seller's choice:
// data-theme and data-density on <html> (ui-core's applyPreferences), and the same values in
// localStorage, so a theme or density toggle in a story starts from what the toolbar shows.
import {
  applyPreferences,
  type DensityPreference,
  preferenceStorageKeys,
  type ResolvedTheme,
} from "@payout-styles/ui-core";

export const storyThemes = ["light", "dark"] as const satisfies readonly ResolvedTheme[];
export const storyDensities = [
  "comfortable",
  "compact",
] as const satisfies readonly DensityPreference[];

export function applyStoryPreferences(theme: ResolvedTheme, density: DensityPreference): void {
  try {
    window.localStorage.setItem(preferenceStorageKeys.theme, theme);
    window.localStorage.setItem(preferenceStorageKeys.density, density);
  } catch {
    // Storage can be disabled; the attributes below still apply.
  }
  applyPreferences(theme, density);
}
