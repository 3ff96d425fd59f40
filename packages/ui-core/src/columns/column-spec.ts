import type { ReactNode } from "react";
import type { DataTableColumn } from "../components/table";

/**
 * A table column without its cells: the data every kit shares (id, header, alignment, sorting,
 * row header). `key` names the cell renderer the kit supplies; several columns may share an id.
 */
export interface ColumnSpec<Key extends string = string> {
  key: Key;
  id: string;
  header: string;
  numeric?: boolean;
  sortable?: boolean;
  rowHeader?: boolean;
}

/** The table's columns: each spec with the kit's cell renderer for its key. */
export function withCells<Key extends string, Row>(
  specs: readonly ColumnSpec<Key>[],
  cells: Record<Key, (row: Row) => ReactNode>,
): DataTableColumn<Row>[] {
  return specs.map(({ key, ...spec }) => ({ ...spec, cell: cells[key] }));
}
