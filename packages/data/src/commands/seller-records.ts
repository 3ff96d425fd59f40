// The seller rows a command works on. Every command that takes money out of a seller's balance
// or changes a seller's settings first locks the seller's row, so the payout run, instant
// payouts, retries and settings changes for one seller run one after the other on a PostgreSQL
// server (PGlite runs one transaction at a time anyway).
import { and, desc, eq, isNull } from "drizzle-orm";
import { type PayoutSchedule, payoutScheduleSchema } from "../domain/payout-schedule";
import { InvalidStateError, NotFoundError } from "../errors";
import { type CurrencyCode, isCurrencyCode } from "../money/currency";
import { bankAccounts, payouts, sellers } from "../schema";
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

export interface PayoutDestination {
  /** The newest account not replaced by another; null when the seller has none. */
  account: BankAccountRow | null;
  /** A failed payout sent to this same account (by fingerprint): it must be replaced first. */
  failedPayoutId: string | null;
}

/** Where payouts go, and whether that account has already refused one. */
export async function payoutDestination(
  tx: Queryable,
  sellerId: string,
): Promise<PayoutDestination> {
  const [account] = await tx
    .select()
    .from(bankAccounts)
    .where(and(eq(bankAccounts.sellerId, sellerId), isNull(bankAccounts.replacedAt)))
    .orderBy(desc(bankAccounts.createdAt), desc(bankAccounts.id))
    .limit(1);
  if (!account) return { account: null, failedPayoutId: null };
  const [failed] = await tx
    .select({ id: payouts.id })
    .from(payouts)
    .innerJoin(bankAccounts, eq(bankAccounts.id, payouts.bankAccountId))
    .where(
      and(
        eq(payouts.sellerId, sellerId),
        eq(payouts.status, "failed"),
        eq(bankAccounts.fingerprint, account.fingerprint),
      ),
    )
    .limit(1);
  return { account, failedPayoutId: failed?.id ?? null };
}

/** The account a new payout goes to, or an InvalidStateError saying what to fix first. */
export async function requirePayoutDestination(
  tx: Queryable,
  sellerId: string,
  action: string,
): Promise<BankAccountRow> {
  const { account, failedPayoutId } = await payoutDestination(tx, sellerId);
  if (!account) throw new InvalidStateError(`Add a bank account before ${action}.`);
  if (failedPayoutId) {
    throw new InvalidStateError(
      `Payout ${failedPayoutId} failed on the current bank account: replace the bank account before ${action}.`,
    );
  }
  return account;
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
