// The demo sellers: who signs in, how they are paid, and how much they sell. Each one exists to
// show a case the dashboards must handle (see the dashboard spec, "Who signs in").
import type { PayoutSchedule } from "../domain/payout-schedule";
import type { bankAccountKind } from "../schema";
import type { SeedCurrency } from "./currency-terms";
import type { CustomerLocale, MenuName } from "./menus";

export const demoSellerRoles = ["usd", "eur", "jpy", "noBank", "failedPayout", "large"] as const;
export type SellerRole = (typeof demoSellerRoles)[number];

export type BankAccountKind = (typeof bankAccountKind.enumValues)[number];

export const seedProfiles = ["full", "test"] as const;
export type SeedProfile = (typeof seedProfiles)[number];

export interface Volume {
  historyDays: number;
  ordersPerDay: number;
}

export interface DemoSeller {
  role: SellerRole;
  name: string;
  email: string;
  password: string;
  currency: SeedCurrency;
  locale: string;
  timeZone: string;
  country: string;
  /**
   * The zone's standard offset, used to place orders at local meal times. Daylight saving is
   * ignored on purpose: the seed must not depend on a machine's time zone database.
   */
  utcOffsetHours: number;
  customerLocale: CustomerLocale;
  menu: MenuName;
  schedule: PayoutSchedule;
  holdDays: number;
  /**
   * A rolling reserve: a share of each sale's net held for some days, on sales from a day on (the
   * platform's risk team added it after a spike in disputes). Older sales hold nothing.
   */
  reserve: { bps: number; days: number; sinceDaysBeforeAsOf: number } | null;
  commissionBps: number;
  /**
   * A renegotiated commission, from a point of the seller's history on (0.6: after 60 % of it).
   * Orders from then on carry the new rate; older ones keep theirs.
   */
  commissionChange: { bps: number; atShareOfHistory: number } | null;
  deliveryShareBps: number;
  /**
   * The kind of bank account payouts go to; null while the seller has not added one, so nothing
   * is ever paid out. The holder's name is the seller's, unless the bank keeps it in another
   * script (a Zengin account's name is in katakana).
   */
  bank: { kind: BankAccountKind; holderName?: string } | null;
  /** Days between the seller's instant payouts, or null when it never asks for one. */
  instantPayoutEvery: readonly [min: number, max: number] | null;
  /** A monthly platform charge (tablet rental, say), in minor units. */
  monthlyCharge: { description: string; amount: number };
  volume: Record<SeedProfile, Volume>;
}

export const demoSellers: readonly DemoSeller[] = [
  {
    role: "usd",
    name: "Harbor Pizza Co.",
    email: "harbor@demo.payout-styles.test",
    password: "harbor-demo-2026",
    currency: "USD",
    locale: "en-US",
    timeZone: "America/New_York",
    country: "US",
    utcOffsetHours: -5,
    customerLocale: "en",
    menu: "pizzeria",
    schedule: { interval: "daily" },
    holdDays: 2,
    reserve: null,
    commissionBps: 2_200,
    commissionChange: null,
    deliveryShareBps: 500,
    bank: { kind: "us_ach" },
    instantPayoutEvery: [12, 24],
    monthlyCharge: { description: "Tablet rental", amount: -2_500 },
    volume: {
      full: { historyDays: 182, ordersPerDay: 22 },
      test: { historyDays: 75, ordersPerDay: 4 },
    },
  },
  {
    role: "eur",
    name: "Lindenhof Küche",
    email: "lindenhof@demo.payout-styles.test",
    password: "lindenhof-demo-2026",
    currency: "EUR",
    locale: "de-DE",
    timeZone: "Europe/Berlin",
    country: "DE",
    utcOffsetHours: 1,
    customerLocale: "de",
    menu: "german",
    schedule: { interval: "weekly", weekday: 1 },
    holdDays: 3,
    reserve: null,
    commissionBps: 1_800,
    commissionChange: null,
    deliveryShareBps: 600,
    bank: { kind: "iban" },
    instantPayoutEvery: null,
    monthlyCharge: { description: "Tablet rental", amount: -1_990 },
    volume: {
      full: { historyDays: 182, ordersPerDay: 16 },
      test: { historyDays: 75, ordersPerDay: 4 },
    },
  },
  {
    role: "jpy",
    name: "Sakura Ramen Shibuya",
    email: "sakura@demo.payout-styles.test",
    password: "sakura-demo-2026",
    currency: "JPY",
    locale: "ja-JP",
    timeZone: "Asia/Tokyo",
    country: "JP",
    utcOffsetHours: 9,
    customerLocale: "ja",
    menu: "ramen",
    // The 31st: in 30-day months and February the payout falls on the last day.
    schedule: { interval: "monthly", monthDay: 31 },
    holdDays: 5,
    reserve: null,
    commissionBps: 2_500,
    commissionChange: null,
    deliveryShareBps: 0,
    bank: { kind: "jp_zengin", holderName: "サクラ ラーメン シブヤ" },
    instantPayoutEvery: null,
    monthlyCharge: { description: "Tablet rental", amount: -3_000 },
    volume: {
      full: { historyDays: 182, ordersPerDay: 14 },
      test: { historyDays: 75, ordersPerDay: 4 },
    },
  },
  {
    role: "noBank",
    name: "Taquería del Sol",
    email: "sol@demo.payout-styles.test",
    password: "sol-demo-2026",
    currency: "USD",
    locale: "en-US",
    timeZone: "America/Los_Angeles",
    country: "US",
    utcOffsetHours: -8,
    customerLocale: "en",
    menu: "tacos",
    schedule: { interval: "weekly", weekday: 5 },
    holdDays: 2,
    reserve: null,
    commissionBps: 1_500,
    commissionChange: null,
    deliveryShareBps: 500,
    bank: null,
    instantPayoutEvery: null,
    monthlyCharge: { description: "Tablet rental", amount: -2_500 },
    volume: {
      full: { historyDays: 60, ordersPerDay: 12 },
      test: { historyDays: 45, ordersPerDay: 4 },
    },
  },
  {
    role: "failedPayout",
    name: "Green Bowl Salads",
    email: "greenbowl@demo.payout-styles.test",
    password: "greenbowl-demo-2026",
    currency: "USD",
    locale: "en-US",
    timeZone: "America/Denver",
    country: "US",
    utcOffsetHours: -7,
    customerLocale: "en",
    menu: "salads",
    schedule: { interval: "daily" },
    holdDays: 4,
    reserve: null,
    commissionBps: 2_000,
    commissionChange: null,
    deliveryShareBps: 500,
    bank: { kind: "us_ach" },
    instantPayoutEvery: null,
    monthlyCharge: { description: "Tablet rental", amount: -2_500 },
    volume: {
      full: { historyDays: 182, ordersPerDay: 18 },
      test: { historyDays: 75, ordersPerDay: 4 },
    },
  },
  {
    role: "large",
    name: "Metro Burger Group",
    email: "metro@demo.payout-styles.test",
    password: "metro-demo-2026",
    currency: "USD",
    locale: "en-US",
    timeZone: "America/Chicago",
    country: "US",
    utcOffsetHours: -6,
    customerLocale: "en",
    menu: "burgers",
    schedule: { interval: "weekly", weekday: 1 },
    holdDays: 7,
    reserve: { bps: 1_000, days: 90, sinceDaysBeforeAsOf: 270 },
    commissionBps: 3_000,
    commissionChange: { bps: 2_700, atShareOfHistory: 0.6 },
    deliveryShareBps: 800,
    bank: { kind: "us_ach" },
    instantPayoutEvery: [10, 20],
    monthlyCharge: { description: "Tablet rental (12 locations)", amount: -30_000 },
    volume: {
      full: { historyDays: 740, ordersPerDay: 140 },
      test: { historyDays: 100, ordersPerDay: 30 },
    },
  },
];

export function demoSeller(role: SellerRole): DemoSeller {
  const seller = demoSellers.find((candidate) => candidate.role === role);
  if (!seller) throw new RangeError(`no demo seller with role ${role}`);
  return seller;
}
