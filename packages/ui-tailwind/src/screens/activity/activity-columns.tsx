import {
  type ActivityRowView,
  activityLabels,
  activityRowHref,
  activityTypeLabels,
  type DataTableColumn,
  type Formatter,
} from "@payout-styles/ui-core";
import { Link } from "../../components/link";

const { columns: headers } = activityLabels;

/**
 * The balance activity table's columns. Amounts are signed (what the movement did to the
 * balance) and in the seller's currency: a seller's ledger is kept in its payout currency.
 */
export function activityColumns(
  format: Formatter,
  currency: string,
): DataTableColumn<ActivityRowView>[] {
  const signed = (pick: (row: ActivityRowView) => number) => (row: ActivityRowView) =>
    format.money(pick(row), currency, { signDisplay: "exceptZero" });
  return [
    {
      id: "occurredAt",
      header: headers.occurredAt,
      cell: (row) => (
        <time dateTime={row.occurredAt.toISOString()}>{format.dateTime(row.occurredAt)}</time>
      ),
    },
    {
      id: "type",
      header: headers.type,
      cell: (row) => activityTypeLabels[row.type],
    },
    {
      id: "description",
      header: headers.description,
      rowHeader: true,
      // The type column already says what happened; a linked row names what it links to (its
      // order or payout), which keeps the table narrow enough for a laptop.
      cell: (row) => {
        const href = activityRowHref(row);
        return href ? (
          <Link href={href} title={row.description}>
            {row.orderId ?? row.payoutId}
          </Link>
        ) : (
          <span className="text-fg-muted">{row.description}</span>
        );
      },
    },
    { id: "gross", header: headers.gross, numeric: true, cell: signed((row) => row.gross) },
    { id: "fees", header: headers.fees, numeric: true, cell: signed((row) => row.fees) },
    { id: "reserve", header: headers.reserve, numeric: true, cell: signed((row) => row.reserve) },
    {
      id: "amount",
      header: headers.amount,
      numeric: true,
      cell: (row) => (
        <span className="font-medium">
          {format.money(row.amount, currency, { signDisplay: "exceptZero" })}
        </span>
      ),
    },
    {
      id: "availableOn",
      header: headers.availableOn,
      cell: (row) =>
        row.availableOn ? (
          <time dateTime={row.availableOn.toISOString()}>{format.date(row.availableOn)}</time>
        ) : (
          <span className="text-fg-muted">{activityLabels.noAvailableDate}</span>
        ),
    },
  ];
}
