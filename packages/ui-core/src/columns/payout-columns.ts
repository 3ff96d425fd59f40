import { type PayoutDateField, type PayoutSort, payoutsLabels } from "../screens/payouts";
import type { ColumnSpec } from "./column-spec";

const { columns: headers } = payoutsLabels;

export type PayoutColumnKey = keyof typeof headers;
type PayoutColumnSpec = ColumnSpec<PayoutColumnKey>;

// Sortable columns carry the data layer's sort names as ids ("date", "amount").
const payoutColumn: Record<PayoutColumnKey, PayoutColumnSpec> = {
  createdAt: { key: "createdAt", id: "date", header: headers.createdAt },
  arrivalDate: { key: "arrivalDate", id: "date", header: headers.arrivalDate },
  payoutId: { key: "payoutId", id: "id", header: headers.payoutId, rowHeader: true },
  status: { key: "status", id: "status", header: headers.status },
  grossSales: { key: "grossSales", id: "grossSales", header: headers.grossSales, numeric: true },
  feesAndAdjustments: {
    key: "feesAndAdjustments",
    id: "feesAndAdjustments",
    header: headers.feesAndAdjustments,
    numeric: true,
  },
  netAmount: { key: "netAmount", id: "amount", header: headers.netAmount, numeric: true },
  destination: { key: "destination", id: "destination", header: headers.destination },
};

/**
 * The payouts screen's columns. "Date" sorts by the date the filter is on: when that is the
 * created date, the arrival date gets its own (unsorted) column after it.
 */
export function payoutTableColumnSpecs(dateField: PayoutDateField): PayoutColumnSpec[] {
  const dateColumns: PayoutColumnSpec[] =
    dateField === "created"
      ? [
          { ...payoutColumn.createdAt, sortable: true },
          { ...payoutColumn.arrivalDate, id: "arrivalDate" },
        ]
      : [{ ...payoutColumn.arrivalDate, sortable: true }];
  return [
    ...dateColumns,
    payoutColumn.payoutId,
    payoutColumn.status,
    payoutColumn.grossSales,
    payoutColumn.feesAndAdjustments,
    { ...payoutColumn.netAmount, sortable: true },
    payoutColumn.destination,
  ];
}

/** The overview's recent payouts: fewer columns, none sortable. */
export const recentPayoutColumnSpecs: readonly PayoutColumnSpec[] = [
  payoutColumn.arrivalDate,
  payoutColumn.payoutId,
  payoutColumn.status,
  payoutColumn.destination,
  payoutColumn.netAmount,
];

/** The URL's sort for a sortable column's id. */
export function payoutSortOf(columnId: string): PayoutSort {
  return columnId === "amount" ? "amount" : "date";
}
