import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ThemeName } from "./color/color-tokens";
import type { DensityName } from "./scale/density";
import { styledGlobalCss, styledTheme } from "./styled/styled-theme";
import { themeCssFile } from "./tailwind/theme-css-file";
import { cssVariablesBySelector } from "./testing/css-variables-by-selector";
import { cssVariableName } from "./tree/css-variable-name";
import { densitySelector, themeSelector } from "./tree/css-variables";
import { tokenLeaves } from "./tree/token-leaves";
import { type TokenTree, tokenTree } from "./tree/token-tree";
import {
  vanillaCompactDensity,
  vanillaDarkTheme,
  vanillaLightTheme,
  vanillaThemeShape,
  vanillaVariableName,
} from "./vanilla/vanilla-theme";

// Each kit's form is read back the way its kit applies it: a variable's value is the one of
// the last block that sets it for the theme and density in force.
type Blocks = Map<string, Map<string, string>>;

function resolver(blocks: Blocks, preludes: string[]): (name: string) => string | undefined {
  return (name) =>
    preludes
      .map((prelude) => blocks.get(prelude)?.get(name))
      .filter((value) => value !== undefined)
      .at(-1);
}

const tailwindBlocks = cssVariablesBySelector(readFileSync(themeCssFile, "utf8"));
const styledBlocks = cssVariablesBySelector(styledGlobalCss);

function preludesFor(first: string, theme: ThemeName, density: DensityName): string[] {
  return [
    first,
    ...(theme === "dark" ? [themeSelector.dark] : []),
    ...(density === "compact" ? [densitySelector.compact] : []),
  ];
}

function vanillaTree(theme: ThemeName, density: DensityName): TokenTree {
  const base = theme === "dark" ? vanillaDarkTheme : vanillaLightTheme;
  return density === "compact" ? { ...base, density: vanillaCompactDensity } : base;
}

function leafAt(tree: object, path: readonly string[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (typeof node === "object" && node !== null ? Reflect.get(node, key) : node),
    tree,
  );
}

const tailwindSettings = [
  "--spacing",
  "--default-transition-duration",
  "--default-transition-timing-function",
];

const cases = (["light", "dark"] as const).flatMap((theme) =>
  (["comfortable", "compact"] as const).map((density) => ({ theme, density })),
);

describe.each(cases)("in the $theme theme, $density density", ({ theme, density }) => {
  const expected = tokenLeaves(tokenTree(theme, density));
  const tailwindValue = resolver(tailwindBlocks, preludesFor("@theme static", theme, density));
  const styledVariable = resolver(styledBlocks, preludesFor(themeSelector.light, theme, density));

  it("the Tailwind theme sets every token's variable to the token's value", () => {
    for (const { path, value } of expected) {
      expect(tailwindValue(cssVariableName(path)), path.join(".")).toBe(value);
    }
  });

  it("the vanilla-extract theme holds the same values under the same variable names", () => {
    const vanilla = tokenLeaves(vanillaTree(theme, density));
    expect(vanilla.map(({ path }) => path)).toEqual(expected.map(({ path }) => path));
    for (const { path, value } of vanilla) {
      expect(tailwindValue(vanillaVariableName(null, path)), path.join(".")).toBe(value);
    }
  });

  it("the styled-components theme resolves to the same values", () => {
    for (const { path, value } of expected) {
      const styled = leafAt(styledTheme, path);
      const reference = typeof styled === "string" ? /^var\((--[^)]+)\)$/.exec(styled) : null;
      const resolved = reference?.[1] === undefined ? styled : styledVariable(reference[1]);
      expect(resolved, path.join(".")).toBe(value);
      if (reference) expect(reference[1]).toBe(cssVariableName(path));
    }
  });
});

describe("the three forms", () => {
  const paths = tokenLeaves(vanillaLightTheme).map(({ path }) => path.join("."));

  it("share one tree of tokens", () => {
    const shapePaths = (tree: object) =>
      Object.entries(tree).flatMap(([key, node]): string[] =>
        node === null ? [key] : shapePaths(node).map((rest) => `${key}.${rest}`),
      );
    expect(shapePaths(vanillaThemeShape)).toEqual(paths);
    expect(tokenLeaves(styledTheme).map(({ path }) => path.join("."))).toEqual(paths);
  });

  it("the Tailwind theme declares no variable that is not a token or a Tailwind setting", () => {
    const declared = [...(tailwindBlocks.get("@theme static")?.keys() ?? [])].filter(
      (name) => !name.endsWith("-*"),
    );
    const tokens = tokenLeaves(vanillaLightTheme).map(({ path }) => cssVariableName(path));
    expect(declared.sort()).toEqual([...tokens, ...tailwindSettings].sort());
  });
});
