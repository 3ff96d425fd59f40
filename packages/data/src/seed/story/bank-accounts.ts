// Fake but well-formed bank accounts, stored exactly as the "replace bank account" command stores
// a validated one: a German IBAN with a valid check sum, a US routing number with a valid ABA
// check sum and an account number. Only the last four characters, the bank's name and a
// fingerprint (a hash of the full number) are kept.
import { createHash } from "node:crypto";
import { composeIBAN } from "ibantools";
import { bankAccountDetails } from "../../commands/bank-account-details";
import { bankAccountInputSchema } from "../../domain/bank-account-validation";
import { parseInput } from "../../errors";
import type { BankAccountKind } from "../demo-sellers";
import type { BankAccountRow } from "../seed-tables";
import type { StoryContext } from "./story-context";

const usRoutingNumbers = ["021000021", "021000089", "026009593", "091000022", "121000248"];
const germanBankCodes = ["10050000", "10070000", "37040044"];
const japaneseBanks = [
  ["0005", "MUFG Bank"],
  ["0001", "Mizuho Bank"],
  ["0009", "Sumitomo Mitsui Banking Corporation"],
] as const;

type StoredAccount = Omit<
  BankAccountRow,
  "id" | "sellerId" | "currency" | "createdAt" | "replacedAt"
>;

function newAccount(context: StoryContext, kind: BankAccountKind): StoredAccount {
  const { rng, seller } = context;
  if (seller.country === "JP") return japaneseAccount(context);
  const input =
    kind === "iban"
      ? {
          kind: "iban",
          iban: composeIBAN({
            countryCode: "DE",
            bban: `${rng.pick(germanBankCodes)}${rng.digits(10)}`,
          }),
          holderName: seller.name,
        }
      : {
          kind: "us_ach",
          routingNumber: rng.pick(usRoutingNumbers),
          accountNumber: `${rng.int(1, 9)}${rng.digits(rng.int(8, 11))}`,
          holderName: seller.name,
        };
  return bankAccountDetails(parseInput(bankAccountInputSchema, input));
}

/** A Japanese account: bank code, branch and account number (see DemoSeller.bank). */
function japaneseAccount(context: StoryContext): StoredAccount {
  const { rng, seller } = context;
  const [bankCode, bankName] = rng.pick(japaneseBanks);
  const number = `${bankCode}-${rng.digits(3)}-${rng.digits(7)}`;
  return {
    kind: "us_ach",
    bankName,
    holderName: seller.name,
    country: seller.country,
    last4: number.slice(-4),
    fingerprint: createHash("sha256").update(`jp_zengin:${number}`).digest("hex"),
  };
}

export function openBankAccount(context: StoryContext, createdAt: Date): BankAccountRow | null {
  const { bank } = context.seller;
  if (!bank) return null;
  const account: BankAccountRow = {
    id: context.rng.id("bankAccount"),
    sellerId: context.sellerId,
    currency: context.seller.currency,
    ...newAccount(context, bank.kind),
    createdAt,
    replacedAt: null,
  };
  context.writer.tables.bankAccounts.push(account);
  return account;
}

/** The seller adds a new account; the old one stays on record as replaced. */
export function replaceBankAccount(context: StoryContext, at: Date): BankAccountRow | null {
  const previous = context.bank.account;
  if (previous) previous.replacedAt = at;
  const account = openBankAccount(context, at);
  context.bank.account = account;
  return account;
}

export function destinationLabel(account: BankAccountRow): string {
  return `${account.bankName} ••••${account.last4}`;
}
