import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PNG } from "pngjs";
import { afterEach, beforeEach, expect, test } from "vitest";
import { compareScreenshots, maxDifferingShare } from "./compare-screenshots";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "payout-visual-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function writePng(
  name: string,
  width: number,
  height: number,
  paint?: (x: number, y: number) => boolean,
) {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const offset = (y * width + x) * 4;
      const dark = paint?.(x, y) ?? false;
      png.data.set(dark ? [20, 20, 20, 255] : [246, 247, 249, 255], offset);
    }
  }
  const path = join(dir, name);
  writeFileSync(path, PNG.sync.write(png));
  return path;
}

test("identical screenshots differ in no pixel", () => {
  const a = writePng("a.png", 100, 100);
  const b = writePng("b.png", 100, 100);
  expect(compareScreenshots(a, b, join(dir, "diff.png"))).toMatchObject({ differingShare: 0 });
});

test("a one-pixel change counts, and a block of 0.2% exceeds the budget", () => {
  const a = writePng("a.png", 100, 100);
  const onePixel = writePng("one.png", 100, 100, (x, y) => x === 5 && y === 5);
  expect(compareScreenshots(a, onePixel, join(dir, "d1.png")).differingPixels).toBe(1);
  const block = writePng("block.png", 100, 100, (x, y) => x < 20 && y === 0);
  const { differingShare } = compareScreenshots(a, block, join(dir, "d2.png"));
  expect(differingShare).toBe(0.002);
  expect(differingShare).toBeGreaterThan(maxDifferingShare);
});

test("screenshots of different sizes are reported, not compared", () => {
  const a = writePng("a.png", 100, 100);
  const taller = writePng("taller.png", 100, 120);
  expect(compareScreenshots(a, taller, join(dir, "diff.png"))).toMatchObject({
    differingShare: null,
    sizes: { a: "100×100", b: "100×120" },
  });
});
