import {
  type Formatter,
  type PayoutColumnKey,
  type PayoutRowView,
  payoutDestinationLabel,
  payoutHref,
  payoutStatusLabels,
  payoutStatusTone,
} from "@payout-styles/ui-core";
import type { ReactNode } from "react";
import { Link } from "../../components/link";
import { StatusBadge } from "../../components/status-badge";

/** The payout tables' cells, per column key; the columns themselves are ui-core's specs. */
export function payoutCells(
  format: Formatter,
): Record<PayoutColumnKey, (row: PayoutRowView) => ReactNode> {
  const money = (pick: (row: PayoutRowView) => number) => (row: PayoutRowView) =>
    format.money(pick(row), row.currency);
  return {
    createdAt: (row) => (
      <time dateTime={row.createdAt.toISOString()}>{format.date(row.createdAt)}</time>
    ),
    arrivalDate: (row) => <time dateTime={row.arrivalDate}>{format.date(row.arrivalDate)}</time>,
    payoutId: (row) => <Link href={payoutHref(row.id)}>{row.id}</Link>,
    status: (row) => (
      <StatusBadge tone={payoutStatusTone[row.status]}>
        {payoutStatusLabels[row.status]}
      </StatusBadge>
    ),
    grossSales: money((row) => row.grossSales),
    feesAndAdjustments: money((row) => row.feesAndAdjustments),
    netAmount: (row) => <span>{format.money(row.amount, row.currency)}</span>,
    destination: (row) => (
      <span title={row.destination?.bankName}>{payoutDestinationLabel(row.destination)}</span>
    ),
  };
}
