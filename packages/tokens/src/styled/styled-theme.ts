import type { ThemeName } from "../color/color-tokens";
import { cssVariableName } from "../tree/css-variable-name";
import {
  colorVariables,
  cssDeclarations,
  densitySelector,
  densityVariables,
  themeSelector,
} from "../tree/css-variables";
import { mapLeaves } from "../tree/token-leaves";
import { lightTokens, type TokenTree } from "../tree/token-tree";

// Colours and density are read through custom properties, so switching either is a change of
// a data attribute on <html>: no re-render of the ThemeProvider tree and no flash before
// hydration. Every other token is a fixed value and stays raw (media queries need raw values).
const swappedGroups: ReadonlySet<string> = new Set<keyof TokenTree>(["color", "density"]);

export type StyledTheme = TokenTree;

export const styledTheme: StyledTheme = mapLeaves(lightTokens, (value, path) =>
  swappedGroups.has(path[0] ?? "") ? `var(${cssVariableName(path)})` : value,
);

function rule(selector: string, declarations: string[]): string {
  return `${selector} {\n${declarations.join("\n")}\n}`;
}

function colorScheme(theme: ThemeName): string {
  return `  color-scheme: ${theme};`;
}

/**
 * The custom properties `styledTheme` refers to, with their light, dark and compact values:
 * the body of the kit's `createGlobalStyle`.
 */
export const styledGlobalCss: string = [
  rule(themeSelector.light, [
    colorScheme("light"),
    cssDeclarations(colorVariables("light"), "  "),
    cssDeclarations(densityVariables("comfortable"), "  "),
  ]),
  rule(themeSelector.dark, [colorScheme("dark"), cssDeclarations(colorVariables("dark"), "  ")]),
  rule(densitySelector.compact, [cssDeclarations(densityVariables("compact"), "  ")]),
].join("\n\n");
