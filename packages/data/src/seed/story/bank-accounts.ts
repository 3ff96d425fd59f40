// Fake but well-formed bank accounts, stored exactly as the "replace bank account" command stores
// a validated one: a German IBAN with a valid check sum, a US routing number with a valid ABA
// check sum and an account number, a Japanese bank and branch code with a 7-digit account number.
// Only the last four characters, the bank's name and a fingerprint (a hash of the full number)
// are kept.
import { composeIBAN } from "ibantools";
import { bankAccountDetails } from "../../commands/bank-account-details";
import {
  type BankAccountInput,
  bankAccountInputSchema,
} from "../../domain/bank-account-validation";
import { parseInput } from "../../errors";
import type { BankAccountKind } from "../demo-sellers";
import type { BankAccountRow } from "../seed-tables";
import type { StoryContext } from "./story-context";

const usRoutingNumbers = ["021000021", "021000089", "026009593", "091000022", "121000248"];
const germanBankCodes = ["10050000", "10070000", "37040044"];
/** MUFG Bank, Mizuho Bank, Sumitomo Mitsui Banking Corporation. */
const zenginBankCodes = ["0005", "0001", "0009"];

type StoredAccount = Omit<
  BankAccountRow,
  "id" | "sellerId" | "currency" | "createdAt" | "replacedAt"
>;

function newAccount(context: StoryContext, kind: BankAccountKind): StoredAccount {
  return bankAccountDetails(parseInput(bankAccountInputSchema, accountInput(context, kind)));
}

/** What the seller would type into the settings form. */
function accountInput(context: StoryContext, kind: BankAccountKind): BankAccountInput {
  const { rng, seller } = context;
  const holderName = seller.bank?.holderName ?? seller.name;
  switch (kind) {
    case "iban": {
      const bban = `${rng.pick(germanBankCodes)}${rng.digits(10)}`;
      const iban = composeIBAN({ countryCode: "DE", bban });
      if (!iban) throw new Error(`no German IBAN has the BBAN ${bban}`);
      return { kind, iban, holderName };
    }
    case "us_ach":
      return {
        kind,
        routingNumber: rng.pick(usRoutingNumbers),
        accountNumber: `${rng.int(1, 9)}${rng.digits(rng.int(8, 11))}`,
        holderName,
      };
    case "jp_zengin":
      return {
        kind,
        bankCode: rng.pick(zenginBankCodes),
        branchCode: rng.digits(3),
        accountType: "futsu",
        accountNumber: rng.digits(7),
        holderName,
      };
  }
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
