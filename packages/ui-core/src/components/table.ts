// Tables: a real <table> with a <caption>, sortable headers with aria-sort, numeric columns
// right-aligned with tabular numerals, a sticky header, row links, empty and loading states.
import type { ReactNode } from "react";

export type SortDirection = "ascending" | "descending";

export interface TableSort {
  columnId: string;
  direction: SortDirection;
}

export interface DataTableColumn<Row> {
  id: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Right-aligned, tabular numerals. */
  numeric?: boolean;
  /** This column can be sorted by its header. */
  sortable?: boolean;
  /** The cell is the row's header (<th scope="row">): the first identifying column. */
  rowHeader?: boolean;
}

export interface DataTableProps<Row> {
  /** The table's caption (visible unless `hideCaption`). */
  caption: string;
  hideCaption?: boolean;
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  sort?: TableSort | undefined;
  /** Server-sorted tables: a link per header. */
  sortHref?: (columnId: string, direction: SortDirection) => string;
  /** Client-sorted tables: a button per header. */
  onSortChange?: (sort: TableSort) => void;
  /** Shown in place of the rows when there are none. */
  empty?: ReactNode;
  /** A footer row (totals), cells aligned with the columns. */
  footer?: ReactNode;
  /** data-testid-free name for tests: rendered as data-table="…". */
  name?: string;
}

export interface TableSkeletonProps {
  caption: string;
  columns: number;
  rows?: number;
}

export interface PaginationProps {
  /** e.g. "Payouts pages" */
  label: string;
  previousHref: string | null;
  nextHref: string | null;
  /** "1–25 of 1,234" or similar, already formatted. */
  summary?: ReactNode;
  pageSize?: {
    value: number;
    options: readonly number[];
    /** Href for each page size (server pagination keeps it in the URL). */
    hrefFor: (size: number) => string;
  };
}
