import { parse, wcagContrast } from "culori";
import { describe, expect, it } from "vitest";
import { cssVariableName } from "../tree/css-variable-name";
import { colorVariables } from "../tree/css-variables";
import { tokenLeaves } from "../tree/token-leaves";
import { tokenTree } from "../tree/token-tree";
import type { ThemeName } from "./color-tokens";
import { type ColorTokenName, contrastPairs, minimumContrast } from "./contrast-pairs";

const themes: ThemeName[] = ["light", "dark"];

function colorOf(theme: ThemeName, token: ColorTokenName): string {
  const value = colorVariables(theme)[cssVariableName(["color", ...token.split(".")])];
  if (value === undefined) throw new Error(`${token} is not a colour token`);
  return value;
}

describe.each(themes)("the %s theme", (theme) => {
  it.each(tokenLeaves(tokenTree(theme).color))("has a valid CSS colour at $path", ({ value }) => {
    expect(parse(value)).toBeDefined();
  });

  it.each(contrastPairs)("shows %s on %s at WCAG AA contrast for %s", (fg, bg, kind) => {
    const ratio = wcagContrast(colorOf(theme, fg), colorOf(theme, bg));
    expect(ratio).toBeGreaterThanOrEqual(minimumContrast[kind]);
  });
});
