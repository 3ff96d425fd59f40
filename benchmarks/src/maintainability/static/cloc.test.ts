import { describe, expect, test } from "vitest";
import { lineCountOf } from "./cloc";

describe("lineCountOf", () => {
  test("reads code lines per file, relative to the folder counted, and the sum", () => {
    const json = {
      header: { cloc_version: "1.96", n_files: 2 },
      "/repo/packages/ui-x/src/lib/cn.ts": {
        blank: 1,
        comment: 1,
        code: 5,
        language: "TypeScript",
      },
      "/repo/packages/ui-x/src/styles.css": { blank: 3, comment: 5, code: 11, language: "CSS" },
      SUM: { blank: 4, comment: 6, code: 16, nFiles: 2 },
    };
    const count = lineCountOf(json, "/repo/packages/ui-x/src");
    expect(count.code).toBe(16);
    expect([...count.codeByFile]).toEqual([
      ["lib/cn.ts", 5],
      ["styles.css", 11],
    ]);
  });
});
