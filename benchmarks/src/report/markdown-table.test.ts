import { expect, test } from "vitest";
import { markdownTable } from "./markdown-table";

test("a cell keeps its code spans as written and escapes < outside them", () => {
  const table = markdownTable(["Mistake", "Caught"], [["`Record<string, X>` vs <b>", "a | b"]]);
  expect(table).toContain("`Record<string, X>` vs &lt;b>");
  expect(table).toContain("a \\| b");
});
