import { describe, expect, it } from "vitest";
import { cssVariableName } from "./css-variable-name";
import { tokenLeaves } from "./token-leaves";
import { lightTokens } from "./token-tree";

describe("cssVariableName", () => {
  it.each([
    [["color", "surfaceRaised"], "--color-surface-raised"],
    [["color", "danger", "fg"], "--color-danger-fg"],
    [["spacing", "0.5"], "--spacing-0_5"],
    [["density", "rowHeight"], "--spacing-row-height"],
    [["text", "2xl", "fontSize"], "--text-2xl"],
    [["text", "2xl", "lineHeight"], "--text-2xl--line-height"],
    [["fontFamily", "mono"], "--font-mono"],
    [["fontWeight", "semibold"], "--font-weight-semibold"],
    [["zIndex", "skipLink"], "--z-index-skip-link"],
    [["duration", "fast"], "--transition-duration-fast"],
    [["ease", "inOut"], "--ease-in-out"],
  ])("names %j in Tailwind's namespace as %s", (path, name) => {
    expect(cssVariableName(path)).toBe(name);
  });

  const names = tokenLeaves(lightTokens).map(({ path }) => cssVariableName(path));

  it("gives every token its own variable", () => {
    expect(new Set(names).size).toBe(names.length);
  });

  // vanilla-extract's createGlobalThemeContract rejects a name that would need escaping.
  it("names every token with a plain CSS identifier", () => {
    for (const name of names) expect(name).toMatch(/^--[a-z0-9][a-z0-9_-]*$/);
  });
});
