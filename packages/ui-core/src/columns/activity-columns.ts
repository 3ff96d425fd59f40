import type { TableSort } from "../components/table";
import { activityLabels } from "../screens/activity";
import type { ColumnSpec } from "./column-spec";

const { columns: headers } = activityLabels;

export type ActivityColumnKey = keyof typeof headers;

/**
 * The balance activity table's columns. Amounts are signed and in the seller's currency; the
 * details column (what a row links to) is the row header. No column sorts: newest first.
 */
export const activityColumnSpecs: readonly ColumnSpec<ActivityColumnKey>[] = [
  { key: "occurredAt", id: "occurredAt", header: headers.occurredAt },
  { key: "type", id: "type", header: headers.type },
  { key: "description", id: "description", header: headers.description, rowHeader: true },
  { key: "gross", id: "gross", header: headers.gross, numeric: true },
  { key: "fees", id: "fees", header: headers.fees, numeric: true },
  { key: "reserve", id: "reserve", header: headers.reserve, numeric: true },
  { key: "amount", id: "amount", header: headers.amount, numeric: true },
  { key: "availableOn", id: "availableOn", header: headers.availableOn },
];

/** The activity list is always newest first (server keyset order): its date column says so. */
export const activityTableSort: TableSort = { columnId: "occurredAt", direction: "descending" };
