// What a sale and a dispute cost in each seed currency, and how sellers size instant payouts. The
// figures follow public processor price lists: card processing 2.9 % + 30¢ in the US, 1.5 % + 25c
// for European cards, 3.6 % in Japan; a 15 USD dispute fee (20 EUR, ¥1,500). Instant payout fees
// are the domain's (src/domain/instant-payout-fee.ts).
import type { CurrencyCode } from "../money/currency";

export type SeedCurrency = Extract<CurrencyCode, "USD" | "EUR" | "JPY">;

export interface CurrencyTerms {
  processingBps: number;
  processingFixed: number;
  disputeFee: number;
  /** Instant payouts below this are not worth asking for. */
  instantMinimumAmount: number;
  /** Instant payout amounts are rounded down to this step (whole dollars, euros, ¥100). */
  instantAmountStep: number;
  deliveryFees: readonly number[];
  /** Platform-funded voucher codes and what they take off. */
  vouchers: readonly (readonly [code: string, amount: number])[];
  /** Seller-funded discounts: a percentage of the items, capped. */
  discountBps: readonly number[];
  discountCap: number;
}

export const currencyTerms: Record<SeedCurrency, CurrencyTerms> = {
  USD: {
    processingBps: 290,
    processingFixed: 30,
    disputeFee: 1_500,
    instantMinimumAmount: 2_000,
    instantAmountStep: 100,
    deliveryFees: [199, 299, 399, 499],
    vouchers: [
      ["WELCOME5", 500],
      ["LUNCH3", 300],
      ["FREEDEL", 399],
      ["SAVE7", 700],
    ],
    discountBps: [1_000, 1_500, 2_000],
    discountCap: 800,
  },
  EUR: {
    processingBps: 150,
    processingFixed: 25,
    disputeFee: 2_000,
    instantMinimumAmount: 2_000,
    instantAmountStep: 100,
    deliveryFees: [149, 199, 249, 299],
    vouchers: [
      ["HALLO5", 500],
      ["MITTAG3", 300],
      ["LIEFERFREI", 249],
    ],
    discountBps: [1_000, 1_500],
    discountCap: 600,
  },
  JPY: {
    processingBps: 360,
    processingFixed: 0,
    disputeFee: 1_500,
    instantMinimumAmount: 3_000,
    instantAmountStep: 100,
    deliveryFees: [250, 300, 350],
    vouchers: [
      ["WELCOME500", 500],
      ["RAMEN300", 300],
    ],
    discountBps: [1_000, 1_500],
    discountCap: 800,
  },
};
