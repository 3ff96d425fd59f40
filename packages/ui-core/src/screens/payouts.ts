// The payouts screen's contract: one page of the seller's payouts for the URL's filter, with the
// totals of the whole filter. The view types are structurally a subset of the data layer's
// PayoutList, so the server passes its query result straight in; every href is built by the
// server, which owns the URL format.
import { minorUnitDigits } from "../format/money";
import type { PayoutStatus } from "./payout-status";
import type { SellerView } from "./seller-view";

export interface PayoutDestinationView {
  bankName: string;
  last4: string;
}

export interface PayoutRowView {
  id: string;
  createdAt: Date;
  /** The bank's arrival day, YYYY-MM-DD. */
  arrivalDate: string;
  status: PayoutStatus;
  /** Minor units; grossSales + feesAndAdjustments = amount. */
  grossSales: number;
  feesAndAdjustments: number;
  /** Net: what reaches the bank. */
  amount: number;
  currency: string;
  bankReference: string;
  destination: PayoutDestinationView | null;
}

/** Per currency, over every payout the filter matches. */
export interface PayoutTotalsView {
  currency: string;
  count: number;
  amount: number;
  grossSales: number;
  feesAndAdjustments: number;
}

export interface PageInfoView {
  pageSize: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export const payoutDateFields = ["created", "arrival"] as const;
export type PayoutDateField = (typeof payoutDateFields)[number];
export type PayoutSort = "date" | "amount";
export type SortOrder = "asc" | "desc";
export const pageSizes = [25, 50, 100] as const;

/** The URL's params as the data layer parsed them (amounts in major units, as typed). */
export interface PayoutListParamsView {
  status: PayoutStatus[];
  dateField: PayoutDateField;
  from?: string | undefined;
  to?: string | undefined;
  currency?: string | undefined;
  amountMin?: string | undefined;
  amountMax?: string | undefined;
  search?: string | undefined;
  sort: PayoutSort;
  order: SortOrder;
  pageSize: number;
}

export interface PayoutListView {
  rows: PayoutRowView[];
  totals: PayoutTotalsView[];
  nextCursor: string | null;
  previousCursor: string | null;
  pageInfo: PageInfoView;
  params: PayoutListParamsView;
}

export interface PayoutsHrefs {
  sort: Record<PayoutSort, Record<SortOrder, string>>;
  previous: string | null;
  next: string | null;
  pageSizes: Record<"25" | "50" | "100", string>;
  reset: string;
  /** The CSV export of the current filter (a route handler, downloaded). */
  export: string;
}

export interface PayoutsScreenProps {
  seller: SellerView;
  /** The app's "now": the time zone's abbreviation is stated as of it. */
  asOf: Date;
  list: PayoutListView;
  /** The seller's currencies (ISO 4217), the currency filter's options. */
  currencies: readonly string[];
  hrefs: PayoutsHrefs;
}

/** URL keys every filter change drops: a cursor belongs to the filter it was made for. */
export const pageCursorKeys = ["after", "before"] as const;

export const payoutsLabels = {
  title: "Payouts",
  description: "Every payout to your bank account, with what it was made of.",
  tableCaption: "Payouts",
  columns: {
    createdAt: "Created",
    arrivalDate: "Arrival date",
    payoutId: "Payout ID",
    status: "Status",
    grossSales: "Gross sales",
    feesAndAdjustments: "Fees and adjustments",
    netAmount: "Net amount",
    destination: "Destination",
  },
  filters: {
    region: "Payout filters",
    toggle: "Filters",
    status: "Status",
    dateField: "Date",
    dateFieldOptions: { created: "Created", arrival: "Arrival" } satisfies Record<
      PayoutDateField,
      string
    >,
    dateRange: "Date range",
    currency: "Currency",
    allCurrencies: "All currencies",
    amountRange: "Amount",
    amountMin: "Minimum amount",
    amountMax: "Maximum amount",
    search: "Search payouts",
    searchPlaceholder: "Payout ID or bank reference",
  },
  totalsTitle: "Totals for this filter",
  totals: {
    count: "Payouts",
    grossSales: "Gross sales",
    feesAndAdjustments: "Fees and adjustments",
    netAmount: "Net amount",
  },
  pagination: "Payouts pages",
  resetFilters: "Reset filters",
  exportCsv: "Export CSV",
  emptyTitle: "No payouts match these filters",
  emptyDescription: "Try another date range or status, or reset the filters to see every payout.",
  noPayoutsTitle: "No payouts yet",
  noPayoutsDescription: "Payouts appear here once your first one is made.",
  noDestination: "No bank account",
  /** The pagination summary, with the count already formatted. */
  summary: (count: string) => `${count} payouts`,
} as const;

export function payoutHref(payoutId: string): string {
  return `/payouts/${encodeURIComponent(payoutId)}`;
}

/** "Bank ••••1234": how a payout's destination is shown (the bank's name is its tooltip). */
export function payoutDestinationLabel(destination: PayoutDestinationView | null): string {
  return destination ? `Bank ••••${destination.last4}` : payoutsLabels.noDestination;
}

const majorAmount = /^\d{1,13}(\.\d{1,3})?$/;

/**
 * Why an amount filter's text cannot go into the URL yet, or null when it can: the data layer
 * refuses such a URL (a sign, a comma, more decimals than the currency has), so the field says
 * so instead of the page failing.
 */
export function amountFilterError(text: string, currency: string): string | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const digits = minorUnitDigits(currency);
  const decimals = trimmed.split(".")[1]?.length ?? 0;
  if (majorAmount.test(trimmed) && decimals <= digits) return null;
  return digits === 0
    ? "Enter a whole amount like 1200, without a currency sign"
    : `Enter an amount like 12.50, with at most ${digits} decimals and no currency sign`;
}

/** The amount range's field errors, per bound (null where the bound can go into the URL). */
export function amountRangeErrors(
  range: { min: string; max: string },
  currency: string,
): { min: string | null; max: string | null } {
  const min = amountFilterError(range.min, currency);
  const max =
    amountFilterError(range.max, currency) ??
    (min === null && !isAmountRangeOrdered(range.min, range.max)
      ? "Must be at least the minimum amount"
      : null);
  return { min, max };
}

/** Whether min ≤ max for two valid amount texts (either may be empty). Compared as decimals. */
export function isAmountRangeOrdered(min: string, max: string): boolean {
  if (min.trim() === "" || max.trim() === "") return true;
  const [minWhole = "", minFraction = ""] = min.trim().split(".");
  const [maxWhole = "", maxFraction = ""] = max.trim().split(".");
  const width = Math.max(minFraction.length, maxFraction.length);
  const scaled = (whole: string, fraction: string) => BigInt(whole + fraction.padEnd(width, "0"));
  return scaled(minWhole, minFraction) <= scaled(maxWhole, maxFraction);
}

/** Whether the list is narrowed by any filter or search (sort and page size do not narrow it). */
export function hasPayoutFilters(params: PayoutListParamsView): boolean {
  const { status, from, to, currency, amountMin, amountMax, search } = params;
  return status.length > 0 || [from, to, currency, amountMin, amountMax, search].some(Boolean);
}

/** A YYYY-MM-DD the data layer accepts: a real day between 1970 and 2999. */
function isAcceptedDate(value: string): boolean {
  const match = /^(\d{4})-\d{2}-\d{2}$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const day = new Date(`${value}T00:00:00Z`);
  return year >= 1970 && year <= 2999 && day.toISOString().slice(0, 10) === value;
}

/**
 * Why a date range cannot go into the URL yet, or null when it can (an open end is fine). A date
 * typed digit by digit passes through years like 0002: those wait here instead of reaching the
 * server as a bad link.
 */
export function dateRangeError(range: { from: string; to: string }): string | null {
  const { from, to } = range;
  if ((from !== "" && !isAcceptedDate(from)) || (to !== "" && !isAcceptedDate(to))) {
    return "Enter dates between 1970 and 2999";
  }
  if (from !== "" && to !== "" && from > to)
    return "The end date must be on or after the start date";
  return null;
}
