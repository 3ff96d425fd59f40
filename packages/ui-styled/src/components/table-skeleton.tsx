import type { TableSkeletonProps } from "@payout-styles/ui-core";
import { componentLabels } from "@payout-styles/ui-core";
import { Caption, Cell, Row, Table, TableBody, TableHead, TableScroll } from "./data-table-styles";
import { Skeleton } from "./skeleton";

// Varied bar widths read as text of different lengths rather than a grid of blocks.
const barWidths = ["70%", "45%", "60%", "80%", "50%"];

export function TableSkeleton({ caption, columns, rows = 8 }: TableSkeletonProps) {
  const columnIndexes = Array.from({ length: columns }, (_, index) => index);
  const rowIndexes = Array.from({ length: rows }, (_, index) => index);
  return (
    <TableScroll as="div" role="status" aria-label={componentLabels.loadingTable(caption)}>
      <Table aria-hidden="true">
        <Caption $hidden>{caption}</Caption>
        <TableHead>
          <tr>
            {columnIndexes.map((column) => (
              <Cell as="th" key={column} scope="col" $kind="header" $sticky={column === 0}>
                <Skeleton width="4rem" />
              </Cell>
            ))}
          </tr>
        </TableHead>
        <TableBody>
          {rowIndexes.map((row) => (
            <Row key={row}>
              {columnIndexes.map((column) => (
                <Cell key={column} $sticky={column === 0}>
                  <Skeleton width={barWidths[(row + column) % barWidths.length]} />
                </Cell>
              ))}
            </Row>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
