import {
  type DataTableColumn,
  type DataTableProps,
  nextSort,
  type TableSort,
} from "@payout-styles/ui-core";
import { useId } from "react";
import styled, { css } from "styled-components";
import { focusRing, onHover } from "../styles/mixins";
import { media, theme } from "../styles/theme";
import {
  Caption,
  Cell,
  HoverRow,
  Table,
  TableBody,
  TableHead,
  TableScroll,
} from "./data-table-styles";
import { ArrowDown, ArrowUp } from "./icons";
import { Link } from "./link";

// The screen writes the totals row; its cells get the columns' padding and the sticky first cell.
// The first cell is found with `of :not(style)`: in a server-rendered row each styled cell is
// preceded by its inline <style>, so a plain :first-child would match the style tag.
const TableFoot = styled.tfoot`
  position: sticky;
  bottom: 0;
  z-index: ${theme.zIndex.sticky};
  background-color: ${theme.color.surfaceMuted};
  font-weight: ${theme.fontWeight.medium};
  & td,
  & th {
    white-space: nowrap;
    border-color: ${theme.color.border};
    border-top-width: 1px;
    border-top-style: solid;
    padding: ${theme.density.cellPaddingY} ${theme.density.cellPaddingX};
  }
  & th {
    text-align: left;
  }
  & tr > :nth-child(1 of :not(style)) {
    position: sticky;
    left: 0;
    background-color: ${theme.color.surfaceMuted};
  }
`;

const EmptyCell = styled.td`
  border-bottom: 1px solid ${theme.color.border};
`;

interface SortControlProps {
  $numeric: boolean;
  $active: boolean;
}

const sortControlStyles = css<SortControlProps>`
  margin-inline: -${theme.spacing["1"]};
  display: inline-flex;
  align-items: center;
  gap: ${theme.spacing["1"]};
  border-radius: ${theme.radius.xs};
  padding: ${theme.spacing["1"]};
  ${onHover(css`
    color: ${theme.color.fg};
  `)}
  ${focusRing}
  ${({ $numeric }) => $numeric && "flex-direction: row-reverse;"}
  ${({ $active }) =>
    $active &&
    css`
      color: ${theme.color.fg};
    `}
`;

const SortLink = styled(Link)<SortControlProps>`
  ${sortControlStyles}
  ${onHover(css`
    text-decoration-line: none;
  `)}
`;

const SortButton = styled.button<SortControlProps>`
  ${sortControlStyles}
`;

// An unsorted column shows its arrow only while its control is hovered or focused.
const arrowStyles = css<{ $hidden: boolean }>`
  width: 0.875rem;
  height: 0.875rem;
  ${({ $hidden }) =>
    $hidden &&
    css`
      opacity: 0;
      @media ${media.hover} {
        :hover > & {
          opacity: 1;
        }
      }
      :focus-visible > & {
        opacity: 1;
      }
    `}
`;

const SortArrowUp = styled(ArrowUp)<{ $hidden: boolean }>`
  ${arrowStyles}
`;

const SortArrowDown = styled(ArrowDown)<{ $hidden: boolean }>`
  ${arrowStyles}
`;

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
    <TableScroll aria-labelledby={captionId} tabIndex={0}>
      <Table data-table={name}>
        <Caption id={captionId} $hidden={hideCaption}>
          {caption}
        </Caption>
        <TableHead>
          <tr>
            {columns.map((column, index) => {
              const direction = sort?.columnId === column.id ? sort.direction : undefined;
              return (
                <Cell
                  as="th"
                  key={column.id}
                  scope="col"
                  aria-sort={direction}
                  $kind="header"
                  $numeric={column.numeric ?? false}
                  $sticky={index === 0}
                >
                  <SortableHeader
                    column={column}
                    sort={sort}
                    sortHref={sortHref}
                    onSortChange={onSortChange}
                  />
                </Cell>
              );
            })}
          </tr>
        </TableHead>
        <TableBody>
          {rows.length === 0 ? (
            <tr>
              <EmptyCell colSpan={columns.length}>{empty}</EmptyCell>
            </tr>
          ) : (
            rows.map((row) => (
              <HoverRow key={rowKey(row)}>
                {columns.map((column, index) => (
                  <Cell
                    as={column.rowHeader ? "th" : "td"}
                    key={column.id}
                    scope={column.rowHeader ? "row" : undefined}
                    $kind={column.rowHeader ? "rowHeader" : "data"}
                    $numeric={column.numeric ?? false}
                    $sticky={index === 0}
                  >
                    {column.cell(row)}
                  </Cell>
                ))}
              </HoverRow>
            ))
          )}
        </TableBody>
        {footer && <TableFoot>{footer}</TableFoot>}
      </Table>
    </TableScroll>
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
  const Arrow = direction === "ascending" ? SortArrowUp : SortArrowDown;
  const content = (
    <>
      {column.header}
      <Arrow $hidden={!direction} />
    </>
  );
  // Numeric headers put the arrow first, so their text lines up with the right-aligned numbers.
  const controlProps = { $numeric: column.numeric ?? false, $active: Boolean(direction) };
  if (sortHref) {
    return (
      <SortLink href={sortHref(next.columnId, next.direction)} variant="subtle" {...controlProps}>
        {content}
      </SortLink>
    );
  }
  return (
    <SortButton type="button" onClick={() => onSortChange?.(next)} {...controlProps}>
      {content}
    </SortButton>
  );
}
