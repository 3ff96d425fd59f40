"use client";
// Sort, text filter and "show all" over rows already loaded. The filter is deferred, so typing
// stays responsive while thousands of rows are matched in a background render.
import { useDeferredValue, useMemo, useState } from "react";
import type { TableSort } from "../components/table";
import { filterRows, type RowComparators, sortRows } from "./client-table";

export interface ClientTableOptions<Row> {
  rows: readonly Row[];
  /** Per sortable column. Pass a stable object (module scope or memoised) so sorting is cached. */
  comparators: RowComparators<Row>;
  /** The text a row is searched by. Pass a stable function, as for `comparators`. */
  textOf: (row: Row) => string;
  initialSort?: TableSort;
  /** Rows shown before "show all" (default 50). */
  limit?: number;
}

export interface ClientTable<Row> {
  /** The rows to render: matching, sorted, and cut at the limit unless `showAll`. */
  rows: Row[];
  sort: TableSort | undefined;
  onSortChange(sort: TableSort): void;
  filter: string;
  setFilter(text: string): void;
  /** The rows shown are for an older filter while the new one is being matched. */
  isFiltering: boolean;
  showAll: boolean;
  setShowAll(value: boolean): void;
  matchingCount: number;
  totalCount: number;
  hiddenCount: number;
  /** All rows are shown and there are more than the limit: "show fewer" makes sense. */
  canShowFewer: boolean;
}

export function useClientTable<Row>({
  rows,
  comparators,
  textOf,
  initialSort,
  limit = 50,
}: ClientTableOptions<Row>): ClientTable<Row> {
  const [sort, setSort] = useState(initialSort);
  const [filter, setFilter] = useState("");
  const [showAll, setShowAll] = useState(false);
  const deferredFilter = useDeferredValue(filter);
  const matching = useMemo(
    () => filterRows(rows, deferredFilter, textOf),
    [rows, deferredFilter, textOf],
  );
  const sorted = useMemo(
    () => sortRows(matching, sort, comparators),
    [matching, sort, comparators],
  );
  const visible = useMemo(
    () => (showAll ? sorted : sorted.slice(0, limit)),
    [sorted, showAll, limit],
  );
  return {
    rows: visible,
    sort,
    onSortChange: setSort,
    filter,
    setFilter,
    isFiltering: filter !== deferredFilter,
    showAll,
    setShowAll,
    matchingCount: sorted.length,
    totalCount: rows.length,
    hiddenCount: sorted.length - visible.length,
    canShowFewer: showAll && sorted.length > limit,
  };
}
