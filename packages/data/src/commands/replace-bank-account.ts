// A seller adds or replaces the bank account payouts go to. The previous account stays on file
// (past payouts point to it) marked replacedAt; the new one is where payouts go from now on.
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { instantSchema, recordIdSchema } from "../boundary-schemas";
import { type BankAccountInput, bankAccountInputSchema } from "../domain/bank-account-validation";
import { parseInput } from "../errors";
import { newId } from "../ids";
import { bankAccounts } from "../schema";
import type { Queryable } from "../store/open-store";
import { bankAccountDetails } from "./bank-account-details";
import { inCommandTransaction } from "./command-transaction";
import { idempotencyKeySchema, withIdempotency } from "./idempotency";
import { type BankAccountRow, lockSeller } from "./seller-records";

const replaceInputSchema = z.object({
  sellerId: recordIdSchema,
  idempotencyKey: idempotencyKeySchema,
  account: z.unknown(),
  now: instantSchema,
});

/** A stored account as the settings screen shows it: no fingerprint, instants as ISO strings. */
export type BankAccountSummary = Omit<
  BankAccountRow,
  "fingerprint" | "createdAt" | "replacedAt"
> & {
  createdAt: string;
};

export async function replaceBankAccount(
  db: Queryable,
  input: { sellerId: string; idempotencyKey: string; account: BankAccountInput; now: Date },
): Promise<BankAccountSummary> {
  const {
    sellerId,
    idempotencyKey,
    account: submitted,
    now,
  } = parseInput(replaceInputSchema, input);
  // Parsed on its own so that issue paths are the form's field names ("iban", not "account.iban").
  const account = parseInput(bankAccountInputSchema, submitted);
  return inCommandTransaction(db, async (tx) => {
    const seller = await lockSeller(tx, sellerId);
    const request = { sellerId, key: idempotencyKey, now, operation: "replace_bank_account" };
    return withIdempotency(tx, { ...request, request: account }, async () => {
      await tx
        .update(bankAccounts)
        .set({ replacedAt: now })
        .where(and(eq(bankAccounts.sellerId, sellerId), isNull(bankAccounts.replacedAt)));
      const { fingerprint, ...shown } = bankAccountDetails(account);
      const stored = { id: newId("bankAccount"), sellerId, currency: seller.currency, ...shown };
      await tx.insert(bankAccounts).values({ ...stored, fingerprint, createdAt: now });
      return { ...stored, createdAt: now.toISOString() };
    });
  });
}
