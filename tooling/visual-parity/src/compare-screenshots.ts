// Compares two screenshots pixel by pixel (pixelmatch, strict: any change of colour counts, and
// anti-aliased pixels are not excused) and writes the diff image.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";

/** The visual parity budget: the share of pixels that may differ between two kits' screenshots. */
export const maxDifferingShare = 0.001;

export interface ScreenshotComparison {
  /** Null when the images differ in size (a page taller in one kit): nothing to compare. */
  differingShare: number | null;
  differingPixels: number;
  sizes: { a: string; b: string };
}

export function compareScreenshots(
  pathA: string,
  pathB: string,
  diffPath: string,
): ScreenshotComparison {
  const a = PNG.sync.read(readFileSync(pathA));
  const b = PNG.sync.read(readFileSync(pathB));
  const sizes = { a: `${a.width}×${a.height}`, b: `${b.width}×${b.height}` };
  if (a.width !== b.width || a.height !== b.height) {
    return { differingShare: null, differingPixels: Number.NaN, sizes };
  }
  const diff = new PNG({ width: a.width, height: a.height });
  const differingPixels = pixelmatch(a.data, b.data, diff.data, a.width, a.height, {
    threshold: 0,
    includeAA: true,
  });
  mkdirSync(dirname(diffPath), { recursive: true });
  writeFileSync(diffPath, PNG.sync.write(diff));
  return { differingShare: differingPixels / (a.width * a.height), differingPixels, sizes };
}
