import type { TableSkeletonProps } from "@payout-styles/ui-core";
import { componentLabels } from "@payout-styles/ui-core";
import * as styles from "./data-table.css";
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
      className={styles.container}
    >
      <table aria-hidden="true" className={styles.table}>
        <caption className={styles.caption({ hidden: true })}>{caption}</caption>
        <thead className={styles.head}>
          <tr>
            {columnIndexes.map((column) => (
              <th
                key={column}
                scope="col"
                className={styles.cell({ kind: "header", sticky: column === 0 })}
              >
                <Skeleton width="4rem" />
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={styles.body}>
          {rowIndexes.map((row) => (
            <tr key={row} className={styles.row}>
              {columnIndexes.map((column) => (
                <td key={column} className={styles.cell({ sticky: column === 0 })}>
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
