import { describe, expect, test } from "vitest";
import { analyseCss, distinctRules } from "./css-analysis";

describe("distinctRules", () => {
  test("keeps each rule once, in the order first seen, across routes and stylesheets", () => {
    expect(
      distinctRules([
        [".a { }", ".b { }"],
        [".b { }", ".c { }", ".a { }"],
      ]),
    ).toEqual([".a { }", ".b { }", ".c { }"]);
  });
});

describe("analyseCss", () => {
  const css = [
    ".a { color: red; background: rgb(255, 255, 255) !important; }",
    "@media (width >= 40rem) { #menu .item:hover { color: red; border-color: blue; } }",
    "@layer base { p { margin: 0px; } }",
    ":root { --accent: rgb(0, 0, 255); }",
  ].join("\n");
  const figures = analyseCss(css);

  test("counts style rules, nested ones too, and their declarations", () => {
    expect(figures.rules).toBe(4);
    expect(figures.declarations).toBe(6);
  });

  test("counts each colour once however often it is written, custom properties included", () => {
    // red, rgb(255, 255, 255), blue, rgb(0, 0, 255)
    expect(figures.uniqueColours).toBe(4);
  });

  test("the highest specificity is the selector that ranks first, as (ids, classes, elements)", () => {
    expect(figures.maxSpecificity).toEqual([1, 2, 0]);
  });

  test("counts !important declarations and the text's UTF-8 bytes", () => {
    expect(figures.importants).toBe(1);
    expect(analyseCss(".é{}").bytes).toBe(5);
  });
});
