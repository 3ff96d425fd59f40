// Unused CSS on a page, from Chrome's rule-usage coverage (what DevTools' Coverage panel reads): of
// each stylesheet's text, the bytes of the rules that matched an element while the page loaded
// are used; everything else (unmatched rules, and the text between rules) is unused.
//
// Chrome also reports each used rule's enclosing grouping rules: an @media or @supports by its
// prelude alone, but an @layer block by its whole body, unused rules and all. Taken as is, one
// used utility would mark every rule in Tailwind's `@layer utilities` used. So a reported range
// that holds another reported range is left out: the rules inside it are reported on their own.
// (A style rule with native nesting would be left out with it; the three kits' CSS has none:
// Tailwind, vanilla-extract and styled-components' stylis all write nesting out flat.)

export interface UsedRange {
  /** Character offsets in the stylesheet's text, end exclusive. */
  startOffset: number;
  endOffset: number;
}

export interface SheetUsage {
  text: string;
  used: readonly UsedRange[];
}

export interface CoverageFigures {
  /** UTF-8 bytes of every stylesheet on the page. */
  totalBytes: number;
  unusedBytes: number;
  /** Unused over total; 0 on a page with no CSS. */
  unusedShare: number;
}

/** The ranges that hold no other range (each reported once). */
export function innermostRanges(ranges: readonly UsedRange[]): UsedRange[] {
  const distinct = [
    ...new Map(ranges.map((range) => [`${range.startOffset}:${range.endOffset}`, range])).values(),
  ].sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
  return distinct.filter((range, index) => {
    const next = distinct[index + 1];
    return !(next && next.startOffset < range.endOffset && next.endOffset <= range.endOffset);
  });
}

/** The ranges sorted and merged, so nested or repeated rules are not counted twice. */
export function mergeRanges(ranges: readonly UsedRange[]): UsedRange[] {
  const sorted = [...ranges].sort((a, b) => a.startOffset - b.startOffset);
  const merged: UsedRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.startOffset <= last.endOffset) {
      last.endOffset = Math.max(last.endOffset, range.endOffset);
    } else {
      merged.push({ ...range });
    }
  }
  return merged;
}

export function coverageOf(sheets: readonly SheetUsage[]): CoverageFigures {
  let totalBytes = 0;
  let usedBytes = 0;
  for (const sheet of sheets) {
    totalBytes += Buffer.byteLength(sheet.text);
    for (const range of mergeRanges(innermostRanges(sheet.used))) {
      usedBytes += Buffer.byteLength(sheet.text.slice(range.startOffset, range.endOffset));
    }
  }
  const unusedBytes = totalBytes - usedBytes;
  return { totalBytes, unusedBytes, unusedShare: totalBytes === 0 ? 0 : unusedBytes / totalBytes };
}
