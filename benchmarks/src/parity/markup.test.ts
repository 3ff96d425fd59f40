import { describe, expect, test } from "vitest";
import { firstDifference, type MarkupNode, normalizedMarkup } from "./markup";

const element = (
  tag: string,
  attributes: [string, string][] = [],
  children: (MarkupNode | string)[] = [],
): MarkupNode => ({ tag, attributes, children });

describe("normalizedMarkup", () => {
  test("drops classes and keeps every other attribute, sorted", () => {
    const lines = normalizedMarkup(
      element("button", [
        ["type", "button"],
        ["class", "inline-flex h-11"],
        ["aria-busy", "true"],
      ]),
    );
    expect(lines).toEqual(['<button aria-busy="true" type="button">']);
  });

  test("renames ids and the references to them in order of appearance", () => {
    const tree = (id: string) =>
      element(
        "div",
        [],
        [
          element("label", [["for", id]], ["Email"]),
          element("input", [
            ["id", id],
            ["aria-describedby", `${id}-hint other`],
          ]),
        ],
      );
    expect(normalizedMarkup(tree("_r_1_"))).toEqual(normalizedMarkup(tree("«r7»")));
    expect(normalizedMarkup(tree("_r_1_"))).toContain('  <input aria-describedby="#2 #3" id="#1">');
  });

  test("an element more in one tree is a difference", () => {
    const a = normalizedMarkup(element("main", [], [element("h1", [], ["Payouts"])]));
    const b = normalizedMarkup(
      element("main", [], [element("div", [], [element("h1", [], ["Payouts"])])]),
    );
    expect(firstDifference(a, b)).toContain("line 2");
    expect(firstDifference(a, a)).toBeNull();
  });

  test("different text is a difference", () => {
    const a = normalizedMarkup(element("p", [], ["$1,000.00"]));
    const b = normalizedMarkup(element("p", [], ["$1,000"]));
    expect(firstDifference(a, b)).not.toBeNull();
  });
});
