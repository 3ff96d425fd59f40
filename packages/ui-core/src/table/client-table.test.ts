import { describe, expect, it } from "vitest";
import { filterRows, nextSort, sortRows } from "./client-table";

interface Transaction {
  id: string;
  amount: number;
  customer: string;
}

const rows: Transaction[] = [
  { id: "a", amount: 300, customer: "Zoë Müller" },
  { id: "b", amount: 100, customer: "Café Lumière" },
  { id: "c", amount: 300, customer: "Ana Núñez" },
  { id: "d", amount: 200, customer: "Bob" },
  { id: "e", amount: 100, customer: "Cafe Noir" },
];

const comparators = {
  amount: (a: Transaction, b: Transaction) => a.amount - b.amount,
  customer: (a: Transaction, b: Transaction) => a.customer.localeCompare(b.customer),
};
const ids = (list: readonly Transaction[]) => list.map((row) => row.id).join("");

describe("sortRows", () => {
  it("sorts ascending and keeps equal rows in their order", () => {
    expect(ids(sortRows(rows, { columnId: "amount", direction: "ascending" }, comparators))).toBe(
      "bedac",
    );
  });

  it("sorts descending by reversing the comparator, still stable", () => {
    expect(ids(sortRows(rows, { columnId: "amount", direction: "descending" }, comparators))).toBe(
      "acdbe",
    );
  });

  it("keeps the given order without a sort or for a column it cannot sort", () => {
    expect(ids(sortRows(rows, undefined, comparators))).toBe("abcde");
    expect(ids(sortRows(rows, { columnId: "status", direction: "ascending" }, comparators))).toBe(
      "abcde",
    );
  });

  it("returns a new array and leaves the rows as they were", () => {
    const sorted = sortRows(rows, { columnId: "customer", direction: "ascending" }, comparators);
    expect(sorted).not.toBe(rows);
    expect(ids(rows)).toBe("abcde");
  });
});

describe("filterRows", () => {
  const textOf = (row: Transaction) => `${row.id} ${row.customer}`;

  it("matches ignoring case and accents on either side", () => {
    expect(ids(filterRows(rows, "cafe", textOf))).toBe("be");
    expect(ids(filterRows(rows, "CAFÉ", textOf))).toBe("be");
    expect(ids(filterRows(rows, "nunez", textOf))).toBe("c");
    expect(ids(filterRows(rows, "zoe mu", textOf))).toBe("a");
  });

  it("ignores surrounding spaces", () => {
    expect(ids(filterRows(rows, "  bob ", textOf))).toBe("d");
  });

  it("keeps every row for empty or blank text", () => {
    expect(ids(filterRows(rows, "", textOf))).toBe("abcde");
    expect(ids(filterRows(rows, "   ", textOf))).toBe("abcde");
  });

  it("finds nothing when nothing matches", () => {
    expect(filterRows(rows, "xyz", textOf)).toEqual([]);
  });
});

describe("nextSort", () => {
  it("starts a new column descending by default", () => {
    expect(nextSort(undefined, "amount")).toEqual({ columnId: "amount", direction: "descending" });
    expect(nextSort({ columnId: "date", direction: "ascending" }, "amount")).toEqual({
      columnId: "amount",
      direction: "descending",
    });
  });

  it("starts a new column in the given direction", () => {
    expect(nextSort(undefined, "customer", "ascending")).toEqual({
      columnId: "customer",
      direction: "ascending",
    });
  });

  it("flips the direction of the sorted column", () => {
    expect(nextSort({ columnId: "amount", direction: "descending" }, "amount")).toEqual({
      columnId: "amount",
      direction: "ascending",
    });
    expect(nextSort({ columnId: "amount", direction: "ascending" }, "amount", "ascending")).toEqual(
      { columnId: "amount", direction: "descending" },
    );
  });
});
