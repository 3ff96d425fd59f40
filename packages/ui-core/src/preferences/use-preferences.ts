"use client";
// The theme and density toggles. localStorage is the store (so every tab and the <head> script
// agree); the hook subscribes to it, to other tabs' writes and to the system colour scheme, and
// re-applies the <html> attributes on every change. The server and hydration render the defaults.
import { useSyncExternalStore } from "react";
import {
  applyPreferences,
  type DensityPreference,
  defaultPreferences,
  type Preferences,
  preferenceConfig,
  preferenceStorageKeys,
  type ResolvedTheme,
  readPreferences,
  resolveTheme,
  type ThemePreference,
} from "./preferences";

interface PreferenceState extends Preferences {
  resolvedTheme: ResolvedTheme;
}

export interface PreferenceControls extends PreferenceState {
  setTheme(theme: ThemePreference): void;
  setDensity(density: DensityPreference): void;
}

const serverState: PreferenceState = { ...defaultPreferences, resolvedTheme: "light" };
const darkSchemeQuery = "(prefers-color-scheme: dark)";
const storageKeys: readonly string[] = Object.values(preferenceStorageKeys);
const sameTabListeners = new Set<() => void>();
let lastState = serverState;

// useSyncExternalStore needs the same object while nothing changed.
function readState(): PreferenceState {
  const { theme, density } = readPreferences(preferenceConfig);
  const resolvedTheme = resolveTheme(theme);
  if (
    theme !== lastState.theme ||
    density !== lastState.density ||
    resolvedTheme !== lastState.resolvedTheme
  ) {
    lastState = { theme, density, resolvedTheme };
  }
  return lastState;
}

function applyStored() {
  const { resolvedTheme, density } = readState();
  applyPreferences(resolvedTheme, density);
}

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(darkSchemeQuery);
  const sync = () => {
    applyStored();
    onChange();
  };
  // key null: another tab cleared the storage.
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || storageKeys.includes(event.key)) sync();
  };
  window.addEventListener("storage", onStorage);
  media.addEventListener("change", sync);
  sameTabListeners.add(sync);
  // The <head> script does this before paint, but a document React renders on the client (Next's
  // error and not-found shells) never runs an inline script: apply once more on mount.
  applyStored();
  return () => {
    window.removeEventListener("storage", onStorage);
    media.removeEventListener("change", sync);
    sameTabListeners.delete(sync);
  };
}

function store(key: string, value: string) {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Storage is disabled: the choice cannot be remembered, and readPreferences falls back.
  }
  // The storage event only reaches other tabs.
  for (const listener of sameTabListeners) listener();
}

const setTheme = (theme: ThemePreference) => store(preferenceStorageKeys.theme, theme);
const setDensity = (density: DensityPreference) => store(preferenceStorageKeys.density, density);

export function usePreferences(): PreferenceControls {
  const state = useSyncExternalStore(subscribe, readState, () => serverState);
  return { ...state, setTheme, setDensity };
}
