import type { ColorTokens, ThemeName } from "../color/color-tokens";
import { darkColors } from "../color/dark";
import { lightColors } from "../color/light";
import { type BreakpointTokens, breakpoint } from "../scale/breakpoint";
import { type DensityName, type DensityTokens, density } from "../scale/density";
import { type DurationTokens, duration, type EaseTokens, ease } from "../scale/motion";
import { type RadiusTokens, radius } from "../scale/radius";
import { type ShadowTokens, shadow } from "../scale/shadow";
import { type SpacingTokens, spacing } from "../scale/spacing";
import {
  type FontFamilyTokens,
  type FontWeightTokens,
  fontFamily,
  fontWeight,
  type TextTokens,
  text,
} from "../scale/typography";
import { type ZIndexTokens, zIndex } from "../scale/z-index";

/**
 * Every token, as one tree. Only `color` changes with the theme and only `density` with the
 * density; every leaf is a CSS value string.
 */
export interface TokenTree {
  color: ColorTokens;
  spacing: SpacingTokens;
  radius: RadiusTokens;
  fontFamily: FontFamilyTokens;
  fontWeight: FontWeightTokens;
  text: TextTokens;
  shadow: ShadowTokens;
  breakpoint: BreakpointTokens;
  zIndex: ZIndexTokens;
  duration: DurationTokens;
  ease: EaseTokens;
  density: DensityTokens;
}

const colors: Record<ThemeName, ColorTokens> = { light: lightColors, dark: darkColors };

export function tokenTree(theme: ThemeName, densityName: DensityName = "comfortable"): TokenTree {
  return {
    color: colors[theme],
    spacing,
    radius,
    fontFamily,
    fontWeight,
    text,
    shadow,
    breakpoint,
    zIndex,
    duration,
    ease,
    density: density[densityName],
  };
}

export const lightTokens: TokenTree = tokenTree("light");
export const darkTokens: TokenTree = tokenTree("dark");
