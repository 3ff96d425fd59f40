import { describe, expect, test } from "vitest";
import { changedWords } from "./build-loop-metrics";
import { styleEdits } from "./style-edits";

describe("changedWords", () => {
  test("keeps only the words that change, on one line", () => {
    expect(changedWords(styleEdits.tailwind)).toBe('text-fg">{title} → text-accent">{title}');
    expect(changedWords(styleEdits.vanilla)).toBe("vars.color.fg, → vars.color.accent,");
  });

  test("a change of several words shows them all", () => {
    expect(changedWords({ from: "a b c d", to: "a x y d" })).toBe("b c → x y");
  });
});
