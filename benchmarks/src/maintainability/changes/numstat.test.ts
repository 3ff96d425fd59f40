import { describe, expect, it } from "vitest";
import { costOf, linesChanged, ownerOfPath, parseNumstat } from "./numstat";

describe("parseNumstat", () => {
  it("reads one record per file, NUL-terminated", () => {
    const output = "3\t1\tpackages/tokens/src/color/light.ts\x0012\t0\tapps/storybook/a b.tsx\x00";
    expect(parseNumstat(output)).toEqual([
      { path: "packages/tokens/src/color/light.ts", added: 3, removed: 1 },
      { path: "apps/storybook/a b.tsx", added: 12, removed: 0 },
    ]);
  });

  it("counts no lines in a binary file", () => {
    expect(parseNumstat("-\t-\tpackages/ui-tailwind/logo.png\x00")).toEqual([
      { path: "packages/ui-tailwind/logo.png", added: null, removed: null },
    ]);
  });

  it("puts a rename under its new path", () => {
    const output = "2\t2\t\x00packages/ui-vanilla/old.ts\x00packages/ui-vanilla/new.ts\x00";
    expect(parseNumstat(output)).toEqual([
      { path: "packages/ui-vanilla/new.ts", added: 2, removed: 2 },
    ]);
  });

  it("reads nothing from an empty patch's output", () => {
    expect(parseNumstat("")).toEqual([]);
  });

  it("refuses what is not numstat", () => {
    expect(() => parseNumstat("diff --git a/x b/x\x00")).toThrow(/Unexpected numstat record/);
  });
});

describe("costOf", () => {
  it("counts files, and lines added and removed, binary files adding none", () => {
    const cost = costOf([
      { path: "a.ts", added: 3, removed: 1 },
      { path: "b.ts", added: 0, removed: 4 },
      { path: "c.png", added: null, removed: null },
    ]);
    expect(cost).toEqual({ files: 3, added: 3, removed: 5 });
    expect(linesChanged(cost)).toBe(8);
  });

  it("costs nothing for no change", () => {
    expect(costOf([])).toEqual({ files: 0, added: 0, removed: 0 });
  });
});

describe("ownerOfPath", () => {
  it("gives a kit its package and its app", () => {
    expect(ownerOfPath("packages/ui-tailwind/src/components/button.tsx")).toBe("tailwind");
    expect(ownerOfPath("packages/ui-vanilla/src/components/button.css.ts")).toBe("vanilla");
    expect(ownerOfPath("apps/dashboard-styled/next.config.ts")).toBe("styled");
  });

  it("shares the tokens, the contract, the stories and the floor", () => {
    for (const path of [
      "packages/tokens/tailwind/theme.css",
      "packages/ui-core/src/kit.ts",
      "apps/storybook/src/stories/components/callout.stories.tsx",
      "packages/ui-floor/src/components/callout.tsx",
      "tooling/floor-markup/src/components.test.tsx",
    ]) {
      expect(ownerOfPath(path)).toBe("shared");
    }
  });

  it("does not take a package whose name only starts like a kit's", () => {
    expect(ownerOfPath("packages/ui-tailwind-extras/x.ts")).toBe("shared");
  });
});
