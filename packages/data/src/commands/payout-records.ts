// Writing payouts: a new payout row, its event history, its ledger transactions, and the summary
// the commands return (JSON, so an idempotent command can store and replay it unchanged).
import { randomInt } from "node:crypto";
import { eq } from "drizzle-orm";
import { toCalendarDate } from "../domain/calendar-date";
import type { PayoutStatus } from "../domain/payout-status";
import { InvalidStateError } from "../errors";
import { newId } from "../ids";
import { type PayoutEvent, payoutCreatedTransaction } from "../ledger/domain-transactions";
import { postLedgerTransaction } from "../ledger/post-transaction";
import { payoutEvents, payouts } from "../schema";
import type { Queryable } from "../store/open-store";
import { recordPayoutLines } from "./payout-lines";

export type PayoutRow = typeof payouts.$inferSelect;
type PayoutInsert = typeof payouts.$inferInsert;

/** A payout as the commands return it: the stored row, its instant as an ISO string. */
export type PayoutSummary = Omit<PayoutRow, "createdAt"> & { createdAt: string };

export function toPayoutSummary(payout: PayoutRow): PayoutSummary {
  return { ...payout, createdAt: payout.createdAt.toISOString() };
}

const referenceAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
const randomCode = (length: number) =>
  Array.from({ length }, () => referenceAlphabet[randomInt(referenceAlphabet.length)]).join("");
const randomDigits = (length: number) => String(randomInt(10 ** length)).padStart(length, "0");

/**
 * What the seller's bank statement shows, in the format of the rail the payout travels on (the
 * seed writes the same formats): a real-time payment id for instant payouts, a SEPA end-to-end
 * id in euros, a Zengin number in yen, an ACH trace number otherwise.
 */
export function newBankReference(payout: Pick<PayoutInsert, "method" | "currency" | "createdAt">) {
  const day = toCalendarDate(payout.createdAt).replaceAll("-", "");
  if (payout.method === "instant") return `RTP${day}${randomCode(10)}`;
  if (payout.currency === "EUR") return `E2E${day}${randomCode(10)}`;
  if (payout.currency === "JPY") return `ZGN${day}${randomDigits(8)}`;
  return `0210000${randomDigits(8)}`;
}

export type NewPayout = Omit<PayoutInsert, "id" | "bankReference">;

export async function insertPayout(tx: Queryable, payout: NewPayout): Promise<PayoutRow> {
  const [row] = await tx.insert(payouts).values(newPayoutValues(payout)).returning();
  if (!row) throw new InvalidStateError("The payout was not stored.");
  return row;
}

/** A new payout's row values, with a fresh id and its bank reference. */
export function newPayoutValues(payout: NewPayout): PayoutInsert {
  return { ...payout, id: newId("payout"), bankReference: newBankReference(payout) };
}

/** The id of the payout that reversed this one, if any. */
export async function reversalOf(tx: Queryable, payoutId: string): Promise<string | null> {
  const [reversal] = await tx
    .select({ id: payouts.id })
    .from(payouts)
    .where(eq(payouts.reversalOf, payoutId));
  return reversal?.id ?? null;
}

/** The payout as the ledger's domain transactions describe it. */
export function ledgerPayoutEvent(payout: PayoutRow, occurredAt: Date): PayoutEvent {
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

export async function appendPayoutEvent(
  tx: Queryable,
  event: {
    payoutId: string;
    status: PayoutStatus;
    occurredAt: Date;
    reason: string;
    failureCode?: string | null;
  },
): Promise<void> {
  await tx.insert(payoutEvents).values({ failureCode: null, ...event });
}

/**
 * A payout that leaves the balance: its breakdown lines, its first event and its ledger
 * transaction. A scheduled or retry payout's items must all be inserted before this.
 */
export async function recordPayoutCreated(
  tx: Queryable,
  payout: PayoutRow,
  reason: string,
): Promise<void> {
  await recordPayoutLines(tx, payout);
  await appendPayoutEvent(tx, {
    payoutId: payout.id,
    status: payout.status,
    occurredAt: payout.createdAt,
    reason,
  });
  await postLedgerTransaction(
    tx,
    payoutCreatedTransaction(ledgerPayoutEvent(payout, payout.createdAt)),
  );
}
