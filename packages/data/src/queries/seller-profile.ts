// Who the signed-in seller is and how they are paid: the settings screen and the app shell.
import { and, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { recordIdSchema } from "../boundary-schemas";
import type { BankAccountKind } from "../domain/bank-account-validation";
import { type PayoutSchedule, payoutScheduleSchema } from "../domain/payout-schedule";
import { NotFoundError, parseInput } from "../errors";
import { bankAccounts, sellers } from "../schema";
import type { Queryable } from "../store/open-store";

const sellerProfileInput = z.object({ sellerId: recordIdSchema });

export interface MaskedBankAccount {
  id: string;
  kind: BankAccountKind;
  bankName: string;
  last4: string;
  holderName: string;
  country: string;
  currency: string;
}

export interface SellerProfile {
  id: string;
  name: string;
  email: string;
  currency: string;
  locale: string;
  timeZone: string;
  country: string;
  schedule: PayoutSchedule;
  holdDays: number;
  reserve: { bps: number; days: number };
  bankAccount: MaskedBankAccount | null;
  notifications: { payoutPaid: boolean; payoutFailed: boolean; weeklySummary: boolean };
}

export async function getSellerProfile(
  db: Queryable,
  input: { sellerId: string },
): Promise<SellerProfile> {
  const { sellerId } = parseInput(sellerProfileInput, input);
  const [seller] = await db.select().from(sellers).where(eq(sellers.id, sellerId));
  if (!seller) throw new NotFoundError("seller", sellerId);
  return {
    id: seller.id,
    name: seller.name,
    email: seller.email,
    currency: seller.currency,
    locale: seller.locale,
    timeZone: seller.timeZone,
    country: seller.country,
    schedule: scheduleOf(seller),
    holdDays: seller.holdDays,
    reserve: { bps: seller.reserveBps, days: seller.reserveDays },
    bankAccount: await currentBankAccount(db, seller.id),
    notifications: {
      payoutPaid: seller.notifyPayoutPaid,
      payoutFailed: seller.notifyPayoutFailed,
      weeklySummary: seller.notifyWeeklySummary,
    },
  };
}

export function scheduleOf(
  seller: Pick<
    typeof sellers.$inferSelect,
    "scheduleInterval" | "scheduleWeekday" | "scheduleMonthDay"
  >,
): PayoutSchedule {
  const schedule = payoutScheduleSchema.safeParse({
    interval: seller.scheduleInterval,
    weekday: seller.scheduleWeekday ?? undefined,
    monthDay: seller.scheduleMonthDay ?? undefined,
  });
  if (!schedule.success) throw new RangeError(`a stored payout schedule is incomplete`);
  return schedule.data;
}

/** The destination of new payouts: the newest account not replaced by another. */
export async function currentBankAccount(
  db: Queryable,
  sellerId: string,
): Promise<MaskedBankAccount | null> {
  const [account] = await db
    .select({
      id: bankAccounts.id,
      kind: bankAccounts.kind,
      bankName: bankAccounts.bankName,
      last4: bankAccounts.last4,
      holderName: bankAccounts.holderName,
      country: bankAccounts.country,
      currency: bankAccounts.currency,
    })
    .from(bankAccounts)
    .where(and(eq(bankAccounts.sellerId, sellerId), isNull(bankAccounts.replacedAt)))
    .orderBy(desc(bankAccounts.createdAt), desc(bankAccounts.id))
    .limit(1);
  return account ?? null;
}
