// The seller rows a command works on. Every command that takes money out of a seller's balance
// or changes a seller's settings first locks the seller's row, so the payout run, instant
// payouts, retries and settings changes for one seller run one after the other on a PostgreSQL
// server (PGlite runs one transaction at a time anyway).
import { eq } from "drizzle-orm";
import { type PayoutSchedule, payoutScheduleSchema } from "../domain/payout-schedule";
import { InvalidStateError, NotFoundError } from "../errors";
import { type CurrencyCode, isCurrencyCode } from "../money/currency";
import { payoutHoldOf } from "../queries/payout-hold";
import { type bankAccounts, sellers } from "../schema";
import type { Queryable } from "../store/open-store";

export type SellerRow = typeof sellers.$inferSelect;
export type BankAccountRow = typeof bankAccounts.$inferSelect;

export type LockedSeller = SellerRow & { currency: CurrencyCode };

/** SELECT … FOR UPDATE: held until the transaction ends. An unknown seller is not found. */
export async function lockSeller(tx: Queryable, sellerId: string): Promise<LockedSeller> {
  const [seller] = await tx.select().from(sellers).where(eq(sellers.id, sellerId)).for("update");
  if (!seller) throw new NotFoundError("seller", sellerId);
  if (!isCurrencyCode(seller.currency)) {
    throw new InvalidStateError(
      `Seller ${sellerId} has an unsupported currency ${seller.currency}.`,
    );
  }
  return { ...seller, currency: seller.currency };
}

/**
 * The bank account a new payout goes to, or an InvalidStateError saying what to fix first: the
 * same hold rule as the payout run and the overview (src/domain/payout-hold.ts).
 */
export async function requirePayoutDestination(
  tx: Queryable,
  sellerId: string,
  action: string,
): Promise<string> {
  const { hold, bankAccountId } = await payoutHoldOf(tx, sellerId);
  if (hold?.kind === "bank_account_failed") {
    throw new InvalidStateError(
      `Payout ${hold.payoutId} failed on the current bank account: replace the bank account before ${action}.`,
    );
  }
  if (!bankAccountId) throw new InvalidStateError(`Add a bank account before ${action}.`);
  return bankAccountId;
}

type ScheduleColumns = Pick<
  SellerRow,
  "id" | "scheduleInterval" | "scheduleWeekday" | "scheduleMonthDay"
>;

export function scheduleOfSeller(seller: ScheduleColumns): PayoutSchedule {
  const parsed = payoutScheduleSchema.safeParse({
    interval: seller.scheduleInterval,
    weekday: seller.scheduleWeekday ?? undefined,
    monthDay: seller.scheduleMonthDay ?? undefined,
  });
  if (!parsed.success) {
    throw new InvalidStateError(`Seller ${seller.id} has an incomplete payout schedule.`);
  }
  return parsed.data;
}
