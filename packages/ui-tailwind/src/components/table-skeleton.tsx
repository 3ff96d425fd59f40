import type { TableSkeletonProps } from "@payout-styles/ui-core";
import { componentLabels } from "@payout-styles/ui-core";
import {
  bodyClass,
  captionVariants,
  cellVariants,
  headClass,
  rowClass,
  tableClass,
  tableContainerClass,
} from "./data-table-styles";
import { Skeleton } from "./skeleton";

// Varied bar widths read as text of different lengths rather than a grid of blocks.
const barWidths = ["70%", "45%", "60%", "80%", "50%"];

export function TableSkeleton({ caption, columns, rows = 8 }: TableSkeletonProps) {
  const columnIndexes = Array.from({ length: columns }, (_, index) => index);
  const rowIndexes = Array.from({ length: rows }, (_, index) => index);
  return (
    <div
      role="status"
      aria-label={componentLabels.loadingTable(caption)}
      className={tableContainerClass}
    >
      <table aria-hidden="true" className={tableClass}>
        <caption className={captionVariants({ hidden: true })}>{caption}</caption>
        <thead className={headClass}>
          <tr>
            {columnIndexes.map((column) => (
              <th
                key={column}
                scope="col"
                className={cellVariants({ kind: "header", sticky: column === 0 })}
              >
                <Skeleton width="4rem" />
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={bodyClass}>
          {rowIndexes.map((row) => (
            <tr key={row} className={rowClass}>
              {columnIndexes.map((column) => (
                <td key={column} className={cellVariants({ sticky: column === 0 })}>
                  <Skeleton width={barWidths[(row + column) % barWidths.length]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
