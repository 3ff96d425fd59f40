// The payout detail screen's contract: the payout (net amount first), its status timeline, where it
// went, the payouts it is linked to, the breakdown that adds up to the net, and the transactions it
// is made of. The view types are structurally a subset of the data layer's PayoutDetail and
// PayoutTransactionRow, so the server passes its query results straight in.
import type { TimelineItem } from "../components/display";
import type { Formatter } from "../format/formatter";
import type { RowComparators } from "../table/client-table";
import type { ClientTableOptions } from "../table/use-client-table";
import type { FormAction } from "./form-state";
import {
  type ActivityType,
  activityTypeLabels,
  type PayoutStatus,
  payoutStatusTone,
} from "./payout-status";
import type { SellerView } from "./seller-view";
import type { BankAccountKindView } from "./settings";

export interface PayoutDetailEventView {
  status: PayoutStatus;
  occurredAt: Date;
  reason: string;
  failureCode: string | null;
  /** A human message for a failure, null for other events. */
  failureMessage: string | null;
}

export interface PayoutBreakdownLineView {
  line: string;
  label: string;
  /** Signed: what the line adds to (or takes from) the net amount. */
  amount: number;
  /** False only for platform-funded vouchers, which are shown but cost the seller nothing. */
  affectsNet: boolean;
}

export type PayoutOriginView = "scheduled" | "instant" | "retry" | "reversal";

export interface PayoutDetailView {
  payout: {
    id: string;
    /** Net: what reaches the bank. */
    amount: number;
    currency: string;
    status: PayoutStatus;
    method: "standard" | "instant";
    origin: PayoutOriginView;
    grossAmount: number;
    fee: number;
    createdAt: Date;
    /** The bank's arrival day, YYYY-MM-DD. */
    arrivalDate: string;
    failureCode: string | null;
    failureMessage: string | null;
  };
  /** Oldest first. */
  events: PayoutDetailEventView[];
  destination: {
    kind: BankAccountKindView;
    bankName: string;
    last4: string;
    holderName: string;
  } | null;
  bankReference: string;
  links: {
    retryOf: string | null;
    retriedBy: string | null;
    reversalOf: string | null;
    reversedBy: string | null;
  };
  /** The lines that affect the net add up exactly to payout.amount. */
  breakdown: PayoutBreakdownLineView[];
}

/** Every ledger transaction kind: the balance's movements, and a payout's arrival. */
export type PayoutTransactionKind = ActivityType | "payout_paid";

export interface PayoutTransactionView {
  transactionId: number;
  kind: PayoutTransactionKind;
  occurredAt: Date;
  orderId: string | null;
  description: string;
  /** What the transaction brought before fees and reserve. */
  gross: number;
  /** Commission, processing, delivery share and dispute fees (negative). */
  fees: number;
  /** Held in (negative) or released from (positive) the reserve. */
  reserve: number;
  /** The transaction's effect on this payout. */
  net: number;
}

export interface PayoutDetailScreenProps {
  seller: SellerView;
  detail: PayoutDetailView;
  transactions: PayoutTransactionView[];
  /** The CSV export of this payout's transactions (a route handler, downloaded). */
  exportHref: string;
  /** Null when the payout is not failed or was already retried. */
  retryPayout: FormAction<{ payoutId: string }> | null;
  /** Why a failed payout cannot be retried yet, e.g. "Add a bank account first". */
  retryBlockedReason: string | null;
}

/** The names of the retry form's fields, as the server action reads them. */
export const retryPayoutFields = {
  payoutId: "payoutId",
  idempotencyKey: "idempotencyKey",
} as const;

export const payoutTransactionKindLabels: Record<PayoutTransactionKind, string> = {
  ...activityTypeLabels,
  payout_paid: "Payout arrived",
};

export const payoutDetailLabels = {
  payoutsCrumb: "Payouts",
  /** The page title, with the payout's id. */
  title: (payoutId: string) => `Payout ${payoutId}`,
  netAmount: "Net payout",
  status: "Status",
  arrivalDate: "Arrival date",
  summaryTitle: "Summary",
  createdAt: "Created",
  method: "Method",
  methods: { standard: "Standard", instant: "Instant" },
  destination: "Destination",
  noDestination: "No bank account",
  bankReference: "Bank reference",
  failure: "Why it failed",
  failureCode: "Failure code",
  relatedPayouts: {
    retryOf: "Retry of",
    retriedBy: "Retried by",
    reversalOf: "Reversal of",
    reversedBy: "Reversed by",
  },
  timelineTitle: "Timeline",
  timelineLabel: "Payout status history",
  eventTitles: {
    pending: "Created",
    in_transit: "In transit",
    paid: "Paid",
    failed: "Failed",
    canceled: "Canceled",
  } satisfies Record<PayoutStatus, string>,
  /** The first event of a reversal: the paid payout's money brought back. */
  reversedEventTitle: "Reversed",
  breakdownTitle: "Breakdown",
  breakdownCaption: "How this payout adds up",
  breakdownColumns: { line: "Line", amount: "Amount" },
  breakdownTotal: "Net payout",
  platformFundedNote: "Funded by the platform: costs you nothing and is not deducted",
  transactionsTitle: "Transactions",
  transactionsCaption: "Transactions in this payout",
  transactionColumns: {
    occurredAt: "Date",
    kind: "Type",
    orderId: "Order or description",
    gross: "Gross",
    fees: "Fees",
    reserve: "Reserve",
    net: "Net",
  },
  filterTransactions: "Filter transactions",
  /** "Showing 50 of 1,204 transactions", counts already formatted. */
  transactionsShown: (shown: string, total: string) => `Showing ${shown} of ${total} transactions`,
  showAll: (count: string) => `Show all ${count}`,
  showFewer: "Show fewer",
  noTransactions: "This payout has no transactions of its own.",
  noMatchingTransactions: "No transactions match this filter.",
  exportCsv: "Export CSV",
  retryTitle: "Retry this payout",
  retryDescription:
    "Sends the money again as a new payout to your current bank account. This payout stays as it is.",
  retry: "Retry payout",
  retrySucceeded: "Retry created",
  /** When the retry's request fails: the same idempotency key is sent again. */
  retryConnectionLost: "The connection was lost. Retry again: the payout will not be made twice.",
  retrySucceededDescription: (payoutId: string) => `The money is on its way again as ${payoutId}.`,
  viewNewPayout: "View the new payout",
  retryBlocked: "Retry not possible yet",
} as const;

/** The payout's events as a timeline: each event titled, toned and dated in the seller's zone. */
export function payoutTimelineItems(
  detail: Pick<PayoutDetailView, "events" | "payout">,
  format: Pick<Formatter, "dateTime">,
): TimelineItem[] {
  return detail.events.map((event, index) => {
    const reversal = index === 0 && detail.payout.origin === "reversal";
    const failure =
      event.status === "failed"
        ? [
            event.failureMessage ?? event.reason,
            event.failureCode && `${payoutDetailLabels.failureCode}: ${event.failureCode}`,
          ]
        : [event.reason];
    return {
      id: `${index}-${event.status}`,
      title: reversal
        ? payoutDetailLabels.reversedEventTitle
        : payoutDetailLabels.eventTitles[event.status],
      time: format.dateTime(event.occurredAt),
      dateTime: event.occurredAt.toISOString(),
      tone: reversal ? "warning" : payoutStatusTone[event.status],
      description: failure.filter(Boolean).join(" · "),
    };
  });
}

const byNumber =
  (value: (row: PayoutTransactionView) => number) =>
  (a: PayoutTransactionView, b: PayoutTransactionView) =>
    value(a) - value(b);

/** The sortable columns of the transactions table (ids as in payoutDetailLabels.transactionColumns). */
export const payoutTransactionComparators: RowComparators<PayoutTransactionView> = {
  occurredAt: (a, b) =>
    a.occurredAt.getTime() - b.occurredAt.getTime() || a.transactionId - b.transactionId,
  kind: (a, b) =>
    payoutTransactionKindLabels[a.kind].localeCompare(payoutTransactionKindLabels[b.kind]),
  gross: byNumber((row) => row.gross),
  fees: byNumber((row) => row.fees),
  reserve: byNumber((row) => row.reserve),
  net: byNumber((row) => row.net),
};

/** What the transactions filter matches: description, type, order id and transaction id. */
export function payoutTransactionText(row: PayoutTransactionView): string {
  return [
    row.description,
    payoutTransactionKindLabels[row.kind],
    row.orderId ?? "",
    String(row.transactionId),
  ].join(" ");
}

/** The transactions table's behaviour, the same in every kit: oldest first, 50 rows until "show all". */
export const payoutTransactionTable = {
  comparators: payoutTransactionComparators,
  textOf: payoutTransactionText,
  initialSort: { columnId: "occurredAt", direction: "ascending" },
  limit: 50,
} satisfies Omit<ClientTableOptions<PayoutTransactionView>, "rows">;
