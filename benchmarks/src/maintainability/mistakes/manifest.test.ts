import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type MistakeInput, mistakeKits, parseMistakes, patchesDir, patchFile } from "./manifest";
import { mistakes } from "./mistakes";

const kitMistake = {
  looksLike: "`bg-surfce`",
  expected: "lint",
  why: "out of sort order",
} as const;
const valid: MistakeInput = {
  id: "misspelled-token",
  title: "A misspelled token",
  kits: { tailwind: kitMistake, vanilla: kitMistake, styled: kitMistake },
};

describe("parseMistakes", () => {
  it("accepts a manifest where every mistake says, for every kit, what it looks like and what catches it", () => {
    expect(parseMistakes([valid])).toEqual([valid]);
  });

  it("refuses the same id twice, naming it", () => {
    expect(() => parseMistakes([valid, { ...valid, title: "Again" }])).toThrow(
      'duplicate id "misspelled-token"',
    );
  });

  it("refuses an id that cannot be a folder name", () => {
    expect(() => parseMistakes([{ ...valid, id: "Misspelled token" }])).toThrow("kebab-case");
  });

  it("refuses an outcome that is not a stage or 'not caught'", () => {
    const kits = { ...valid.kits, vanilla: { ...kitMistake, expected: "runtime" as never } };
    expect(() => parseMistakes([{ ...valid, kits }])).toThrow("kits.vanilla.expected");
  });

  it("refuses a mistake with a kit left out or a reason left empty", () => {
    const { styled: _, ...twoKits } = valid.kits;
    expect(() => parseMistakes([{ ...valid, kits: twoKits as never }])).toThrow("kits.styled");
    const kits = { ...valid.kits, tailwind: { ...kitMistake, why: "" } };
    expect(() => parseMistakes([{ ...valid, kits }])).toThrow("kits.tailwind.why");
  });
});

describe("the mistakes and their patches", () => {
  it("holds at least the eight mistakes of the issue", () => {
    expect(mistakes.length).toBeGreaterThanOrEqual(8);
  });

  it("has a patch for every mistake in every kit, and no patch without a mistake", () => {
    const onDisk = readdirSync(patchesDir).flatMap((folder) =>
      readdirSync(join(patchesDir, folder)).map((file) => `${folder}/${file}`),
    );
    const expected = mistakes.flatMap((mistake) =>
      mistakeKits.map((kit) => `${mistake.id}/${kit}.patch`),
    );
    expect(onDisk.sort()).toEqual(expected.sort());
  });

  it("makes each mistake in the kit's own shipped source, never in a test or a story", () => {
    for (const mistake of mistakes) {
      for (const kit of mistakeKits) {
        const touched = [
          ...readFileSync(patchFile(mistake.id, kit), "utf8").matchAll(/^\+\+\+ b\/(.+)$/gm),
        ].map((match) => match[1]);
        expect(touched.length, `${mistake.id}/${kit}`).toBeGreaterThan(0);
        for (const path of touched) {
          expect(path, `${mistake.id}/${kit}`).toMatch(new RegExp(`^packages/ui-${kit}/src/`));
          expect(path, `${mistake.id}/${kit}`).not.toMatch(/\.(test|stories)\.tsx?$/);
        }
      }
    }
  });
});
