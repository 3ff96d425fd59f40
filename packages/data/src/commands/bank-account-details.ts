// What is kept of a bank account: never the full number, only its last four characters, a
// one-way fingerprint that tells "the same account" apart, and a bank name to show. The name
// comes from a small table of well-known banks, else from the country; a real platform would ask
// its payment provider.
import { createHash } from "node:crypto";
import { extractIBAN } from "ibantools";
import type { ValidBankAccount } from "../domain/bank-account-validation";

/** IBAN bank identifiers, keyed by country and the bank code inside the IBAN. */
const ibanBanks: Record<string, string> = {
  "DE:10050000": "Berliner Sparkasse",
  "DE:10070000": "Deutsche Bank",
  "DE:37040044": "Commerzbank",
  "ES:2100": "CaixaBank",
  "FR:20041": "La Banque Postale",
  "FR:30004": "BNP Paribas",
  "GB:BARC": "Barclays",
  "GB:NWBK": "NatWest",
  "NL:ABNA": "ABN AMRO",
  "NL:INGB": "ING",
  "NL:RABO": "Rabobank",
};

const usBanksByRoutingNumber: Record<string, string> = {
  "021000021": "Chase",
  "021000089": "Citibank",
  "026009593": "Bank of America",
  "091000022": "U.S. Bank",
  "121000248": "Wells Fargo",
};

/** Zengin bank codes of a few well-known Japanese banks. */
const zenginBanks: Record<string, string> = {
  "0001": "Mizuho Bank",
  "0005": "MUFG Bank",
  "0009": "Sumitomo Mitsui Banking Corporation",
  "0010": "Resona Bank",
  "0033": "PayPay Bank",
  "0036": "Rakuten Bank",
  "9900": "Japan Post Bank",
};

const countryNames = new Intl.DisplayNames(["en"], { type: "region" });

export interface BankAccountDetails {
  kind: ValidBankAccount["kind"];
  bankName: string;
  holderName: string;
  country: string;
  last4: string;
  fingerprint: string;
}

const fingerprintOf = (accountNumber: string) =>
  createHash("sha256").update(accountNumber).digest("hex");

export function bankAccountDetails(account: ValidBankAccount): BankAccountDetails {
  if (account.kind === "jp_zengin") {
    const { bankCode, branchCode, accountType, accountNumber } = account;
    return {
      kind: account.kind,
      bankName: zenginBanks[bankCode] ?? "Bank in Japan",
      holderName: account.holderName,
      country: "JP",
      last4: accountNumber.slice(-4),
      // The type is part of the account: an ordinary and a current account can share a number.
      fingerprint: fingerprintOf(
        `jp_zengin:${bankCode}:${branchCode}:${accountType}:${accountNumber}`,
      ),
    };
  }
  if (account.kind === "us_ach") {
    return {
      kind: account.kind,
      bankName: usBanksByRoutingNumber[account.routingNumber] ?? "US bank",
      holderName: account.holderName,
      country: "US",
      last4: account.accountNumber.slice(-4),
      fingerprint: fingerprintOf(`us_ach:${account.routingNumber}:${account.accountNumber}`),
    };
  }
  const { countryCode = account.iban.slice(0, 2), bankIdentifier } = extractIBAN(account.iban);
  const country = countryNames.of(countryCode) ?? countryCode;
  return {
    kind: account.kind,
    bankName: ibanBanks[`${countryCode}:${bankIdentifier}`] ?? `Bank in ${country}`,
    holderName: account.holderName,
    country: countryCode,
    last4: account.iban.slice(-4),
    fingerprint: fingerprintOf(`iban:${account.iban}`),
  };
}
