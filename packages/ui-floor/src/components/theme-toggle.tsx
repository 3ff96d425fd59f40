"use client";
import { preferenceLabels, type ThemePreference } from "@payout-styles/ui-core";
import { usePreferences } from "@payout-styles/ui-core/client";
import { Monitor, Moon, Sun } from "./icons";
import { SegmentedControl, type SegmentedOption } from "./segmented-control";

const themeOptions: readonly SegmentedOption<ThemePreference>[] = [
  { value: "light", label: preferenceLabels.themes.light, icon: Sun },
  { value: "dark", label: preferenceLabels.themes.dark, icon: Moon },
  { value: "system", label: preferenceLabels.themes.system, icon: Monitor },
];

// usePreferences renders the defaults on the server and at hydration, then the stored choice.
export function ThemeToggle() {
  const { theme, setTheme } = usePreferences();
  return (
    <SegmentedControl
      legend={preferenceLabels.theme}
      options={themeOptions}
      value={theme}
      onChange={setTheme}
    />
  );
}
