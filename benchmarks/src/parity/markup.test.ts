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
    expect(normalizedMarkup(tree("_R_1a_"))).toEqual(normalizedMarkup(tree("_R_bf5_")));
    expect(normalizedMarkup(tree("«r7»"))).toEqual(normalizedMarkup(tree("«r1»")));
    expect(normalizedMarkup(tree("_R_1a_"))).toContain(
      '  <input aria-describedby="#1-hint other" id="#1">',
    );
  });

  test("per-load values are masked: hidden inputs' values and server-action ids", () => {
    const form = (key: string, action: string) =>
      element(
        "form",
        [],
        [
          element("input", [
            ["type", "hidden"],
            ["name", "idempotencyKey"],
            ["value", key],
          ]),
          element("input", [
            ["type", "hidden"],
            ["name", action],
          ]),
          element("input", [
            ["name", "amount"],
            ["value", "12.00"],
          ]),
        ],
      );
    const a = normalizedMarkup(form("k-1", "$ACTION_ID_abc"));
    expect(a).toEqual(normalizedMarkup(form("k-2", "$ACTION_ID_def")));
    expect(a).not.toEqual(
      normalizedMarkup(
        element(
          "form",
          [],
          [
            element("input", [
              ["type", "hidden"],
              ["name", "idempotencyKey"],
              ["value", "k-1"],
            ]),
            element("input", [
              ["type", "hidden"],
              ["name", "$ACTION_ID_abc"],
            ]),
            element("input", [
              ["name", "amount"],
              ["value", "13.00"],
            ]),
          ],
        ),
      ),
    );
  });

  test("an id that is not React's stays as written", () => {
    const lines = normalizedMarkup(element("section", [["id", "payout-transactions"]]));
    expect(lines).toEqual(['<section id="payout-transactions">']);
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
