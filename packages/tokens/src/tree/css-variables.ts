import type { ThemeName } from "../color/color-tokens";
import { type DensityName, density } from "../scale/density";
import { cssVariableName } from "./css-variable-name";
import { tokenLeaves } from "./token-leaves";
import { tokenTree } from "./token-tree";

export type CssVariables = Record<`--${string}`, string>;

/** Where each theme and density applies: the app sets the attributes on `<html>`. */
export const themeSelector: Record<ThemeName, string> = {
  light: ":root",
  dark: '[data-theme="dark"]',
};

export const densitySelector: Record<DensityName, string> = {
  comfortable: ":root",
  compact: '[data-density="compact"]',
};

/** Custom properties of a token (sub)tree; `basePath` is the subtree's path in the full tree. */
export function cssVariables(tree: object, basePath: readonly string[] = []): CssVariables {
  const entries = tokenLeaves(tree, basePath).map(({ path, value }) => [
    cssVariableName(path),
    value,
  ]);
  return Object.fromEntries(entries);
}

export function colorVariables(theme: ThemeName): CssVariables {
  return cssVariables(tokenTree(theme).color, ["color"]);
}

export function densityVariables(densityName: DensityName): CssVariables {
  return cssVariables(density[densityName], ["density"]);
}

/** `--name: value;` lines, indented by `indent`. */
export function cssDeclarations(variables: CssVariables, indent: string): string {
  return Object.entries(variables)
    .map(([name, value]) => `${indent}${name}: ${value};`)
    .join("\n");
}
