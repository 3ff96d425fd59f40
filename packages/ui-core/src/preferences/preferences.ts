// Theme and density are attributes on <html> (data-theme, data-density) that the tokens read.
// They are remembered in localStorage and restored by an inline script in <head> before the
// first paint, so no visit flashes the wrong theme. The script is built from the source of the
// functions below, which the client hook calls too: one implementation, run in two places.
// Those functions must therefore stay self-contained: no imports, no module variables.

export const themePreferences = ["light", "dark", "system"] as const;
export type ThemePreference = (typeof themePreferences)[number];

export const densityPreferences = ["comfortable", "compact"] as const;
export type DensityPreference = (typeof densityPreferences)[number];

export type ResolvedTheme = "light" | "dark";

export interface Preferences {
  theme: ThemePreference;
  density: DensityPreference;
}

export const preferenceStorageKeys = {
  theme: "payout-styles.theme",
  density: "payout-styles.density",
} as const;

export const preferenceLabels = {
  theme: "Theme",
  density: "Density",
  themes: { light: "Light", dark: "Dark", system: "System" },
  densities: { comfortable: "Comfortable", compact: "Compact" },
} as const satisfies {
  theme: string;
  density: string;
  themes: Record<ThemePreference, string>;
  densities: Record<DensityPreference, string>;
};

export const defaultPreferences: Preferences = { theme: "system", density: "comfortable" };

export interface PreferenceConfig {
  keys: { theme: string; density: string };
  themes: readonly string[];
  densities: readonly string[];
  defaults: Preferences;
}

export const preferenceConfig: PreferenceConfig = {
  keys: preferenceStorageKeys,
  themes: themePreferences,
  densities: densityPreferences,
  defaults: defaultPreferences,
};

/** The stored preferences, or the defaults for anything missing, invalid or unreadable. */
export function readPreferences(config: PreferenceConfig): Preferences {
  let theme = config.defaults.theme;
  let density = config.defaults.density;
  try {
    const storedTheme = window.localStorage.getItem(config.keys.theme);
    const storedDensity = window.localStorage.getItem(config.keys.density);
    if (storedTheme !== null && config.themes.includes(storedTheme)) {
      theme = storedTheme as ThemePreference;
    }
    if (storedDensity !== null && config.densities.includes(storedDensity)) {
      density = storedDensity as DensityPreference;
    }
  } catch {
    // Storage can be disabled (blocked site data, some private modes): the defaults apply.
  }
  return { theme, density };
}

/** "system" follows the operating system's colour scheme. */
export function resolveTheme(theme: ThemePreference): ResolvedTheme {
  if (theme !== "system") return theme;
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/** Sets the attributes the tokens switch on, and the colour scheme of native controls. */
export function applyPreferences(theme: ResolvedTheme, density: DensityPreference): void {
  const root = window.document.documentElement;
  root.setAttribute("data-theme", theme);
  root.setAttribute("data-density", density);
  root.style.colorScheme = theme;
}

/** The inline <head> script: restores the remembered preferences before the first paint. */
export const preferenceScript = `(function (read, resolve, apply, config) {
  var preferences = read(config);
  apply(resolve(preferences.theme), preferences.density);
})(${readPreferences}, ${resolveTheme}, ${applyPreferences}, ${JSON.stringify(preferenceConfig)});`;
