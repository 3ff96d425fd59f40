import type { TableSkeletonProps } from "@payout-styles/ui-core";
import { componentLabels } from "@payout-styles/ui-core";
import { Skeleton } from "./skeleton";

export function TableSkeleton({ caption, columns, rows = 8 }: TableSkeletonProps) {
  const columnIndexes = Array.from({ length: columns }, (_, index) => index);
  const rowIndexes = Array.from({ length: rows }, (_, index) => index);
  return (
    <div role="status" aria-label={componentLabels.loadingTable(caption)}>
      <table aria-hidden="true">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columnIndexes.map((column) => (
              <th key={column} scope="col">
                <Skeleton />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rowIndexes.map((row) => (
            <tr key={row}>
              {columnIndexes.map((column) => (
                <td key={column}>
                  <Skeleton />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
