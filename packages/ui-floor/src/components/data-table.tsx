import {
  type DataTableColumn,
  type DataTableProps,
  nextSort,
  type TableSort,
} from "@payout-styles/ui-core";
import { useId } from "react";
import { ArrowDown, ArrowUp } from "./icons";
import { Link } from "./link";

/** A real <table>, server-compatible; sorting by header links (server) or buttons (client). */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  sort,
  sortHref,
  onSortChange,
  empty,
  footer,
  name,
}: DataTableProps<Row>) {
  const captionId = useId();
  return (
    // Focusable and named, so a keyboard user can scroll it when it overflows.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable
    <section aria-labelledby={captionId} tabIndex={0}>
      <table data-table={name}>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const direction = sort?.columnId === column.id ? sort.direction : undefined;
              return (
                <th key={column.id} scope="col" aria-sort={direction}>
                  <SortableHeader
                    column={column}
                    sort={sort}
                    sortHref={sortHref}
                    onSortChange={onSortChange}
                  />
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length}>{empty}</td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column) => {
                  const Cell = column.rowHeader ? "th" : "td";
                  return (
                    <Cell key={column.id} scope={column.rowHeader ? "row" : undefined}>
                      {column.cell(row)}
                    </Cell>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
        {footer && <tfoot>{footer}</tfoot>}
      </table>
    </section>
  );
}

interface SortableHeaderProps<Row> {
  column: DataTableColumn<Row>;
  sort: TableSort | undefined;
  sortHref: DataTableProps<Row>["sortHref"];
  onSortChange: DataTableProps<Row>["onSortChange"];
}

function SortableHeader<Row>({ column, sort, sortHref, onSortChange }: SortableHeaderProps<Row>) {
  if (!column.sortable || (!sortHref && !onSortChange)) return column.header;
  const direction = sort?.columnId === column.id ? sort.direction : undefined;
  const next = nextSort(sort, column.id);
  const Arrow = direction === "ascending" ? ArrowUp : ArrowDown;
  const content = (
    <>
      {column.header}
      <Arrow />
    </>
  );
  if (sortHref) {
    return <Link href={sortHref(next.columnId, next.direction)}>{content}</Link>;
  }
  return (
    <button type="button" onClick={() => onSortChange?.(next)}>
      {content}
    </button>
  );
}
