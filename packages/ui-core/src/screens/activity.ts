// The balance activity screen's contract: one page of every movement of the seller's balance,
// newest first. The view types are structurally a subset of the data layer's ActivityPage.
import type { ActivityType } from "./payout-status";
import { type PageInfoView, payoutHref } from "./payouts";
import type { SellerView } from "./seller-view";

export interface ActivityRowView {
  transactionId: number;
  type: ActivityType;
  occurredAt: Date;
  description: string;
  /** The effect on what the seller is owed, signed, in minor units: gross + fees + reserve. */
  amount: number;
  gross: number;
  fees: number;
  /** Held into the reserve (negative) or released from it (positive). */
  reserve: number;
  /** When the money becomes available; null when the movement moves none. */
  availableOn: Date | null;
  orderId: string | null;
  payoutId: string | null;
}

export interface ActivityParamsView {
  type: ActivityType[];
  from?: string | undefined;
  to?: string | undefined;
  pageSize: number;
}

export interface ActivityPageView {
  rows: ActivityRowView[];
  nextCursor: string | null;
  previousCursor: string | null;
  pageInfo: PageInfoView;
  params: ActivityParamsView;
}

export interface ActivityHrefs {
  previous: string | null;
  next: string | null;
  pageSizes: Record<"25" | "50" | "100", string>;
  reset: string;
}

export interface ActivityScreenProps {
  seller: SellerView;
  /** The app's "now": the time zone's abbreviation is stated as of it. */
  asOf: Date;
  page: ActivityPageView;
  hrefs: ActivityHrefs;
}

export const activityLabels = {
  title: "Balance activity",
  description: "Every movement of your balance: sales, refunds, fees, reserves and payouts.",
  tableCaption: "Balance activity",
  columns: {
    occurredAt: "Date",
    type: "Type",
    description: "Details",
    gross: "Gross",
    fees: "Fees",
    reserve: "Reserve",
    amount: "Net amount",
    availableOn: "Available on",
  },
  filters: {
    region: "Activity filters",
    toggle: "Filters",
    type: "Type",
    dateRange: "Date range",
  },
  pagination: "Balance activity pages",
  resetFilters: "Reset filters",
  emptyTitle: "No balance activity matches these filters",
  emptyDescription: "Try another type or date range, or reset the filters to see every movement.",
  noActivityTitle: "No balance activity yet",
  noActivityDescription: "Sales, refunds, fees and payouts appear here as they happen.",
  noAvailableDate: "—",
} as const;

/** Where a movement's row leads: its order, else its payout, else nowhere. */
export function activityRowHref(row: Pick<ActivityRowView, "orderId" | "payoutId">): string | null {
  if (row.orderId) return `/orders/${encodeURIComponent(row.orderId)}`;
  if (row.payoutId) return payoutHref(row.payoutId);
  return null;
}

/** Whether the list is narrowed by a type or a date (page size does not narrow it). */
export function hasActivityFilters(params: ActivityParamsView): boolean {
  return params.type.length > 0 || Boolean(params.from) || Boolean(params.to);
}
