import {
  type DataTableColumn,
  type DataTableProps,
  nextSort,
  type TableSort,
} from "@payout-styles/ui-core";
import { useId } from "react";
import * as styles from "./data-table.css";
import { ArrowDown, ArrowUp } from "./icons";
import { Link } from "./link";

/** A real <table>, server-compatible; sorting by header links (server) or buttons (client). */
export function DataTable<Row>({
  caption,
  hideCaption = false,
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
    <section aria-labelledby={captionId} tabIndex={0} className={styles.container}>
      <table data-table={name} className={styles.table}>
        <caption id={captionId} className={styles.caption({ hidden: hideCaption })}>
          {caption}
        </caption>
        <thead className={styles.head}>
          <tr>
            {columns.map((column, index) => {
              const direction = sort?.columnId === column.id ? sort.direction : undefined;
              return (
                <th
                  key={column.id}
                  scope="col"
                  aria-sort={direction}
                  className={styles.cell({
                    kind: "header",
                    numeric: column.numeric ?? false,
                    sticky: index === 0,
                  })}
                >
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
        <tbody className={styles.body}>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className={styles.emptyCell}>
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)} className={styles.hoverRow}>
                {columns.map((column, index) => {
                  const Cell = column.rowHeader ? "th" : "td";
                  return (
                    <Cell
                      key={column.id}
                      scope={column.rowHeader ? "row" : undefined}
                      className={styles.cell({
                        kind: column.rowHeader ? "rowHeader" : "data",
                        numeric: column.numeric ?? false,
                        sticky: index === 0,
                      })}
                    >
                      {column.cell(row)}
                    </Cell>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
        {footer && <tfoot className={styles.foot}>{footer}</tfoot>}
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
  const sorted = direction !== undefined;
  const content = (
    <>
      {column.header}
      <Arrow className={styles.sortArrow({ sorted })} />
    </>
  );
  const className = styles.sortControl({ numeric: column.numeric ?? false, sorted });
  if (sortHref) {
    return (
      <Link href={sortHref(next.columnId, next.direction)} variant="subtle" className={className}>
        {content}
      </Link>
    );
  }
  return (
    <button type="button" onClick={() => onSortChange?.(next)} className={className}>
      {content}
    </button>
  );
}
