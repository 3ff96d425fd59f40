import { density } from "../scale/density";
import { cssVariableName } from "../tree/css-variable-name";
import { type MapLeaves, mapLeaves } from "../tree/token-leaves";
import { darkTokens, lightTokens, type TokenTree } from "../tree/token-tree";

/** The contract's shape: the token tree with null leaves. */
export type VanillaThemeShape = MapLeaves<TokenTree, null>;

export const vanillaThemeShape: VanillaThemeShape = mapLeaves(lightTokens, () => null);

/**
 * Names each contract variable as the other kits do. Pass it to
 * `createGlobalThemeContract(vanillaThemeShape, vanillaVariableName)`: vanilla-extract's own
 * `createThemeContract` would hash the names, and the kits would no longer share variables.
 */
export function vanillaVariableName(_value: string | null, path: readonly string[]): string {
  return cssVariableName(path);
}

/** Every token, light colours, comfortable density: for `createGlobalTheme(":root", …)`. */
export const vanillaLightTheme: TokenTree = lightTokens;

/**
 * The dark theme as a whole tree; only its `color` branch differs from the light one, so
 * declare `createGlobalTheme('[data-theme="dark"]', vars.color, vanillaDarkTheme.color)`.
 */
export const vanillaDarkTheme: TokenTree = darkTokens;

/** For `createGlobalTheme('[data-density="compact"]', vars.density, vanillaCompactDensity)`. */
export const vanillaCompactDensity: TokenTree["density"] = density.compact;
