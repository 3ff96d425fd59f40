// The theme contract: every token as a CSS custom property with the name the other kits use, the
// light values on :root, and the dark colours and compact sizes swapped in by the attributes the
// preference script sets on <html>.
import {
  vanillaCompactDensity,
  vanillaDarkTheme,
  vanillaLightTheme,
  vanillaThemeShape,
  vanillaVariableName,
} from "@payout-styles/tokens";
import { createGlobalTheme, createGlobalThemeContract, globalStyle } from "@vanilla-extract/css";

export const vars = createGlobalThemeContract(vanillaThemeShape, vanillaVariableName);

createGlobalTheme(":root", vars, vanillaLightTheme);
createGlobalTheme('[data-theme="dark"]', vars.color, vanillaDarkTheme.color);
createGlobalTheme('[data-density="compact"]', vars.density, vanillaCompactDensity);

globalStyle(":root", { colorScheme: "light" });
globalStyle('[data-theme="dark"]', { colorScheme: "dark" });
