import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tailwindThemeCss } from "./theme-css";
import { themeCssFile } from "./theme-css-file";

describe("the committed Tailwind theme", () => {
  it("is what the generator writes from the tokens (run `pnpm generate` when this fails)", () => {
    expect(readFileSync(themeCssFile, "utf8")).toBe(tailwindThemeCss());
  });

  it("uses non-inline @theme, so utilities read variables that the dark block swaps", () => {
    expect(tailwindThemeCss()).toMatch(/^@theme static \{$/m);
  });
});
