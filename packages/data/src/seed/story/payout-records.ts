// Payout rows and their status history. A payout's amounts are fixed at creation; its status only
// moves by appending an event, and the row's status is always its latest event's.
import { type CalendarDate, toCalendarDate } from "../../domain/calendar-date";
import type { PayoutStatus } from "../../domain/payout-status";
import type { PayoutEvent } from "../../ledger/domain-transactions";
import type { PayoutRow } from "../seed-tables";
import type { StoryContext } from "./story-context";

export interface NewPayout {
  origin: PayoutRow["origin"];
  method: PayoutRow["method"];
  amount: number;
  fee: number;
  createdAt: Date;
  arrivalDate: CalendarDate;
  periodKey?: string;
  retryOf?: string;
  reversalOf?: string;
  /** Where the money goes (or comes back from); the seller's current account by default. */
  bankAccountId?: string | null;
  /** Why the payout exists, for its first event. */
  reason: string;
}

const alphanumeric = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

/** The reference the bank shows: an ACH trace number, a SEPA end-to-end id, a Zengin number. */
function bankReference(context: StoryContext, payout: NewPayout): string {
  const { rng, seller } = context;
  const day = toCalendarDate(payout.createdAt).replaceAll("-", "");
  if (payout.method === "instant") {
    let code = "";
    for (let index = 0; index < 10; index += 1) code += rng.pick([...alphanumeric]);
    return `RTP${day}${code}`;
  }
  if (seller.currency === "EUR") {
    let code = "";
    for (let index = 0; index < 10; index += 1) code += rng.pick([...alphanumeric]);
    return `E2E${day}${code}`;
  }
  if (seller.currency === "JPY") return `ZGN${day}${rng.digits(8)}`;
  return `0210000${rng.digits(8)}`;
}

/** Stores a new payout and its first event (pending, or paid for a reversal complete when made). */
export function createPayout(
  context: StoryContext,
  payout: NewPayout,
  firstStatus: "pending" | "paid" = "pending",
): PayoutRow {
  const row: PayoutRow = {
    id: context.rng.id("payout"),
    sellerId: context.sellerId,
    currency: context.seller.currency,
    amount: payout.amount,
    grossAmount: payout.amount + payout.fee,
    fee: payout.fee,
    status: firstStatus,
    method: payout.method,
    origin: payout.origin,
    periodKey: payout.periodKey ?? null,
    createdAt: payout.createdAt,
    arrivalDate: payout.arrivalDate,
    bankAccountId: payout.bankAccountId ?? context.bank.account?.id ?? null,
    bankReference: bankReference(context, payout),
    failureCode: null,
    failureMessage: null,
    retryOf: payout.retryOf ?? null,
    reversalOf: payout.reversalOf ?? null,
  };
  context.writer.tables.payouts.push(row);
  recordPayoutEvent(context, row, firstStatus, payout.createdAt, payout.reason);
  return row;
}

export function recordPayoutEvent(
  context: StoryContext,
  payout: PayoutRow,
  status: PayoutStatus,
  occurredAt: Date,
  reason: string,
  failureCode: string | null = null,
): void {
  payout.status = status;
  context.writer.addPayoutEvent({ payoutId: payout.id, status, occurredAt, reason, failureCode });
}

/** The payout as the domain's ledger transactions describe it, at an instant. */
export function asPayoutEvent(payout: PayoutRow, occurredAt: Date): PayoutEvent {
  return {
    sellerId: payout.sellerId,
    currency: payout.currency,
    occurredAt,
    payoutId: payout.id,
    amount: payout.amount,
    fee: payout.fee,
    instant: payout.method === "instant",
  };
}
