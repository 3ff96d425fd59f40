import { describe, expect, it } from "vitest";
import { withCells } from "./column-spec";

describe("withCells", () => {
  it("gives each spec the cell of its key, in the specs' order", () => {
    const columns = withCells<"a" | "b", number>(
      [
        { key: "b", id: "date", header: "B", sortable: true },
        { key: "a", id: "date", header: "A" },
      ],
      { a: (row) => `a${row}`, b: (row) => `b${row}` },
    );
    expect(columns.map((column) => [column.id, column.header, column.cell(1)])).toEqual([
      ["date", "B", "b1"],
      ["date", "A", "a1"],
    ]);
    expect(columns[0]).not.toHaveProperty("key");
  });
});
