// Sorting and filtering of rows already in the browser (e.g. a payout's transactions): pure, so
// the hook stays thin and every kit sorts and matches alike.
import type { SortDirection, TableSort } from "../components/table";

export type RowComparators<Row> = Record<string, (a: Row, b: Row) => number>;

/** A stable sort (equal rows keep their order); descending reverses the comparator. */
export function sortRows<Row>(
  rows: readonly Row[],
  sort: TableSort | undefined,
  comparators: RowComparators<Row>,
): Row[] {
  const compare = sort ? comparators[sort.columnId] : undefined;
  if (!sort || !compare) return [...rows];
  const ordered = sort.direction === "descending" ? (a: Row, b: Row) => compare(b, a) : compare;
  return [...rows].sort(ordered);
}

/** Lower case without accents, so "Café" matches "cafe". */
export function normalizeSearchText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
}

/** Rows whose text contains the typed text, ignoring case, accents and surrounding spaces. */
export function filterRows<Row>(
  rows: readonly Row[],
  text: string,
  textOf: (row: Row) => string,
): Row[] {
  const needle = normalizeSearchText(text);
  if (!needle) return [...rows];
  return rows.filter((row) => normalizeSearchText(textOf(row)).includes(needle));
}

/** The sort after a header click: the sorted column flips, another starts at `firstDirection`. */
export function nextSort(
  current: TableSort | undefined,
  columnId: string,
  firstDirection: SortDirection = "descending",
): TableSort {
  if (current?.columnId !== columnId) return { columnId, direction: firstDirection };
  return {
    columnId,
    direction: current.direction === "descending" ? "ascending" : "descending",
  };
}
