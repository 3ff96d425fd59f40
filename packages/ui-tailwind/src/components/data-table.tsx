import {
  type DataTableColumn,
  type DataTableProps,
  nextSort,
  type TableSort,
} from "@payout-styles/ui-core";
import { useId } from "react";
import { cn } from "../lib/cn";
import {
  bodyClass,
  captionVariants,
  cellVariants,
  headClass,
  rowClass,
  tableClass,
  tableContainerClass,
} from "./data-table-styles";
import { ArrowDown, ArrowUp } from "./icons";
import { Link } from "./link";

// The screen writes the totals row; its cells get the columns' padding and the sticky first cell.
const footClass =
  "sticky bottom-0 z-(--z-index-sticky) bg-surface-muted font-medium [&_td]:whitespace-nowrap [&_td]:border-border [&_td]:border-t [&_td]:px-(--spacing-cell-padding-x) [&_td]:py-(--spacing-cell-padding-y) [&_th]:whitespace-nowrap [&_th]:border-border [&_th]:border-t [&_th]:px-(--spacing-cell-padding-x) [&_th]:py-(--spacing-cell-padding-y) [&_th]:text-left [&_tr>*:first-child]:sticky [&_tr>*:first-child]:left-0 [&_tr>*:first-child]:bg-surface-muted";

const sortControlClass =
  "-mx-1 inline-flex items-center gap-1 rounded-xs px-1 py-1 hover:text-fg focus-visible:outline-2 focus-visible:outline-focus-ring focus-visible:outline-offset-2";

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
    <section aria-labelledby={captionId} tabIndex={0} className={tableContainerClass}>
      <table data-table={name} className={tableClass}>
        <caption id={captionId} className={captionVariants({ hidden: hideCaption })}>
          {caption}
        </caption>
        <thead className={headClass}>
          <tr>
            {columns.map((column, index) => {
              const direction = sort?.columnId === column.id ? sort.direction : undefined;
              return (
                <th
                  key={column.id}
                  scope="col"
                  aria-sort={direction}
                  className={cellVariants({
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
        <tbody className={bodyClass}>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="border-b border-border">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)} className={cn(rowClass, "group/row hover:bg-surface-hover")}>
                {columns.map((column, index) => {
                  const Cell = column.rowHeader ? "th" : "td";
                  return (
                    <Cell
                      key={column.id}
                      scope={column.rowHeader ? "row" : undefined}
                      className={cellVariants({
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
        {footer && <tfoot className={footClass}>{footer}</tfoot>}
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
      <Arrow
        className={cn(
          "size-3.5",
          !direction &&
            "opacity-0 group-hover/sort:opacity-100 group-focus-visible/sort:opacity-100",
        )}
      />
    </>
  );
  // Numeric headers put the arrow first, so their text lines up with the right-aligned numbers.
  const className = cn(
    "group/sort",
    sortControlClass,
    column.numeric && "flex-row-reverse",
    direction && "text-fg",
  );
  if (sortHref) {
    return (
      <Link
        href={sortHref(next.columnId, next.direction)}
        variant="subtle"
        className={cn(className, "hover:no-underline")}
      >
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
