import { describe, expect, test } from "vitest";
import { coverageOf, innermostRanges, mergeRanges } from "./coverage";

const range = (startOffset: number, endOffset: number) => ({ startOffset, endOffset });

describe("mergeRanges", () => {
  test("merges overlapping and touching ranges, in order", () => {
    expect(mergeRanges([range(10, 20), range(0, 5), range(15, 30), range(5, 7)])).toEqual([
      range(0, 7),
      range(10, 30),
    ]);
  });
});

describe("innermostRanges", () => {
  test("leaves out a range that holds another (Chrome's whole @layer body)", () => {
    // "a{.x{color:red}.y{color:blue}}": the layer's body reported with its one used rule.
    expect(innermostRanges([range(9, 22), range(7, 37)])).toEqual([range(9, 22)]);
  });

  test("keeps an @media prelude, which holds none of its rules, and reports a range once", () => {
    expect(innermostRanges([range(44, 60), range(60, 72), range(60, 72)])).toEqual([
      range(44, 60),
      range(60, 72),
    ]);
  });
});

describe("coverageOf", () => {
  test("unused is everything outside the used rules, over every stylesheet", () => {
    const sheets = [
      { text: ".a{color:red}.b{color:blue}", used: [range(0, 13)] },
      { text: ".c{margin:0}", used: [] },
    ];
    expect(coverageOf(sheets)).toEqual({
      totalBytes: 39,
      unusedBytes: 26,
      unusedShare: 26 / 39,
    });
  });

  test("a used @layer body does not make its unused rules used", () => {
    const text = "@layer a{.x{color:red}.y{color:blue}}";
    const layerBody = range(7, text.length);
    const x = range(9, 22);
    expect(coverageOf([{ text, used: [layerBody, x] }]).unusedBytes).toBe(text.length - 13);
  });

  test("bytes, not characters: offsets are in characters, sizes in UTF-8", () => {
    const text = '.a{}.b{content:"é"}';
    expect(coverageOf([{ text, used: [range(0, 4)] }])).toMatchObject({
      totalBytes: 20,
      unusedBytes: 16,
    });
  });

  test("a page with no CSS has nothing unused", () => {
    expect(coverageOf([])).toEqual({ totalBytes: 0, unusedBytes: 0, unusedShare: 0 });
  });
});
