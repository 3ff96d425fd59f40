import {
  type DataTableColumn,
  type Formatter,
  type PayoutRowView,
  payoutDestinationLabel,
  payoutHref,
  payoutStatusLabels,
  payoutStatusTone,
  payoutsLabels,
} from "@payout-styles/ui-core";
import { Link } from "../../components/link";
import { StatusBadge } from "../../components/status-badge";

type PayoutColumn = DataTableColumn<PayoutRowView>;

const { columns: headers } = payoutsLabels;

/**
 * The payout table's columns, shared by the payouts screen and the overview's recent payouts.
 * Sortable columns carry the data layer's sort names as ids ("date", "amount").
 */
export function payoutColumns(format: Formatter) {
  const money = (pick: (row: PayoutRowView) => number) => (row: PayoutRowView) =>
    format.money(pick(row), row.currency);
  return {
    createdAt: {
      id: "date",
      header: headers.createdAt,
      cell: (row) => (
        <time dateTime={row.createdAt.toISOString()}>{format.date(row.createdAt)}</time>
      ),
    },
    arrivalDate: {
      id: "date",
      header: headers.arrivalDate,
      cell: (row) => <time dateTime={row.arrivalDate}>{format.date(row.arrivalDate)}</time>,
    },
    payoutId: {
      id: "id",
      header: headers.payoutId,
      rowHeader: true,
      cell: (row) => (
        <Link href={payoutHref(row.id)} className="font-mono text-sm">
          {row.id}
        </Link>
      ),
    },
    status: {
      id: "status",
      header: headers.status,
      cell: (row) => (
        <StatusBadge tone={payoutStatusTone[row.status]}>
          {payoutStatusLabels[row.status]}
        </StatusBadge>
      ),
    },
    grossSales: {
      id: "grossSales",
      header: headers.grossSales,
      numeric: true,
      cell: money((row) => row.grossSales),
    },
    feesAndAdjustments: {
      id: "feesAndAdjustments",
      header: headers.feesAndAdjustments,
      numeric: true,
      cell: money((row) => row.feesAndAdjustments),
    },
    netAmount: {
      id: "amount",
      header: headers.netAmount,
      numeric: true,
      cell: (row) => <span className="font-medium">{format.money(row.amount, row.currency)}</span>,
    },
    destination: {
      id: "destination",
      header: headers.destination,
      cell: (row) => (
        <span title={row.destination?.bankName}>{payoutDestinationLabel(row.destination)}</span>
      ),
    },
  } satisfies Record<string, PayoutColumn>;
}
