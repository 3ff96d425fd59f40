export type { ColorTokens, StatusColor, ThemeName } from "./color/color-tokens";
export {
  type ColorTokenName,
  type ContrastKind,
  type ContrastPair,
  contrastPairs,
  minimumContrast,
} from "./color/contrast-pairs";
export { darkColors } from "./color/dark";
export { lightColors } from "./color/light";
export { type BreakpointTokens, breakpoint } from "./scale/breakpoint";
export { type DensityName, type DensityTokens, density } from "./scale/density";
export { type MediaTokens, media } from "./scale/media";
export { type DurationTokens, duration, type EaseTokens, ease } from "./scale/motion";
export { type RadiusTokens, radius } from "./scale/radius";
export { type ShadowTokens, shadow } from "./scale/shadow";
export { type SpacingTokens, spacing, spacingUnit } from "./scale/spacing";
export {
  type FontFamilyTokens,
  type FontWeightTokens,
  fontFamily,
  fontWeight,
  type TextTokens,
  text,
} from "./scale/typography";
export { type ZIndexTokens, zIndex } from "./scale/z-index";
export { type StyledTheme, styledGlobalCss, styledTheme } from "./styled/styled-theme";
export { tailwindThemeCss } from "./tailwind/theme-css";
export { cssVariableName } from "./tree/css-variable-name";
export {
  type CssVariables,
  colorVariables,
  cssDeclarations,
  cssVariables,
  densitySelector,
  densityVariables,
  themeSelector,
} from "./tree/css-variables";
export { type MapLeaves, mapLeaves, type TokenLeaf, tokenLeaves } from "./tree/token-leaves";
export { darkTokens, lightTokens, type TokenTree, tokenTree } from "./tree/token-tree";
export {
  type VanillaThemeShape,
  vanillaCompactDensity,
  vanillaDarkTheme,
  vanillaLightTheme,
  vanillaThemeShape,
  vanillaVariableName,
} from "./vanilla/vanilla-theme";
