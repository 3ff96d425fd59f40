import {
  type ActivityColumnKey,
  type ActivityRowView,
  activityColumnSpecs,
  activityLabels,
  activityRowHref,
  activityTypeLabels,
  type DataTableColumn,
  type Formatter,
  withCells,
} from "@payout-styles/ui-core";
import { Link } from "../../components/link";

/**
 * The balance activity table's columns: ui-core's specs with these cells. Amounts are signed
 * (what the movement did to the balance) and in the seller's currency.
 */
export function activityColumns(
  format: Formatter,
  currency: string,
): DataTableColumn<ActivityRowView>[] {
  const signed = (pick: (row: ActivityRowView) => number) => (row: ActivityRowView) =>
    format.money(pick(row), currency, { signDisplay: "exceptZero" });
  return withCells<ActivityColumnKey, ActivityRowView>(activityColumnSpecs, {
    occurredAt: (row) => (
      <time dateTime={row.occurredAt.toISOString()}>{format.dateTime(row.occurredAt)}</time>
    ),
    type: (row) => activityTypeLabels[row.type],
    // The type column already says what happened; a linked row names what it links to (its
    // order or payout), which keeps the table narrow enough for a laptop.
    description: (row) => {
      const href = activityRowHref(row);
      return href ? (
        <Link href={href} title={row.description}>
          {row.orderId ?? row.payoutId}
        </Link>
      ) : (
        <span>{row.description}</span>
      );
    },
    gross: signed((row) => row.gross),
    fees: signed((row) => row.fees),
    reserve: signed((row) => row.reserve),
    amount: (row) => (
      <span>{format.money(row.amount, currency, { signDisplay: "exceptZero" })}</span>
    ),
    availableOn: (row) =>
      row.availableOn ? (
        <time dateTime={row.availableOn.toISOString()}>{format.date(row.availableOn)}</time>
      ) : (
        <span>{activityLabels.noAvailableDate}</span>
      ),
  });
}
