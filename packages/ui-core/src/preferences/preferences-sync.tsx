"use client";
import { usePreferences } from "./use-preferences";

/**
 * Keeps <html>'s theme and density attributes in step with the stored choice on every page, even
 * where no toggle is mounted (sign-in, phone layouts with the toggles in a closed menu, documents
 * React renders on the client where the <head> script never ran). Renders nothing.
 */
export function PreferencesSync() {
  usePreferences();
  return null;
}
