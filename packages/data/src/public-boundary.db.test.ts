// The package's public functions at their boundary: malformed input from a URL, a form or a
// session is refused with a typed error (never a raw database error, which an app would turn
// into a 500), and another seller's ids answer exactly like ids that do not exist.
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cancelPayout,
  createInstantPayout,
  exportPayoutsCsv,
  exportPayoutTransactionsCsv,
  getBalances,
  getEarningsSeries,
  getOrderDetail,
  getPayoutDetail,
  getSellerProfile,
  listBalanceActivity,
  listPayouts,
  listPayoutTransactions,
  listRecentPayouts,
  NotFoundError,
  quoteInstantPayout,
  replaceBankAccount,
  retryFailedPayout,
  runScheduledPayouts,
  updateNotificationPreferences,
  updatePayoutSchedule,
  ValidationError,
} from "./index";
import { encodeCursor } from "./queries/keyset-cursor";
import { orders, payouts } from "./schema";
import { seedAsOf, seedDatabase } from "./seed";
import type { PayoutStore } from "./store/open-store";
import { openTestStore } from "./testing/test-store";

let store: PayoutStore;
let usd: string;
let eur: string;
let usdPayoutId: string;
let usdOrderId: string;

beforeAll(async () => {
  store = await openTestStore();
  const summary = await seedDatabase(store, { profile: "test" });
  const idOf = (role: string) => summary.sellers.find((seller) => seller.role === role)?.id ?? "";
  usd = idOf("usd");
  eur = idOf("eur");
  const [payout] = await store.db
    .select({ id: payouts.id })
    .from(payouts)
    .where(eq(payouts.sellerId, usd))
    .orderBy(desc(payouts.createdAt))
    .limit(1);
  const [order] = await store.db
    .select({ id: orders.id })
    .from(orders)
    .where(eq(orders.sellerId, usd))
    .limit(1);
  usdPayoutId = payout?.id ?? "";
  usdOrderId = order?.id ?? "";
});
afterAll(() => store.close());

const nul = "\u0000";
const beyondDates = new Date("+275760-09-13T00:00:00Z");
const badCursor = () =>
  encodeCursor({ sort: "created", value: "2024-13-45 99:99:99Z", id: "po_0000000000000a" });

/** Drains a CSV export, so an error while streaming counts too. */
async function drain(csv: Promise<AsyncIterable<string>>) {
  for await (const _line of await csv) {
    // reading is the point
  }
}

const malformedCalls: Array<[string, () => Promise<unknown>]> = [
  [
    "getSellerProfile with a NUL byte in the id",
    () => getSellerProfile(store.db, { sellerId: `sel_${nul}` }),
  ],
  [
    "getBalances with an instant past what dates can hold",
    () => getBalances(store.db, { sellerId: usd, asOf: beyondDates }),
  ],
  [
    "getBalances with a null instant",
    () => getBalances(store.db, { sellerId: usd, asOf: null as unknown as Date }),
  ],
  [
    "getBalances with an invalid date",
    () => getBalances(store.db, { sellerId: usd, asOf: new Date(Number.NaN) }),
  ],
  [
    "getEarningsSeries far in the future",
    () => getEarningsSeries(store.db, { sellerId: usd, asOf: beyondDates }),
  ],
  [
    "getPayoutDetail with a NUL byte",
    () => getPayoutDetail(store.db, { sellerId: usd, payoutId: `po_${nul}` }),
  ],
  [
    "getOrderDetail with a quote in the id",
    () => getOrderDetail(store.db, { sellerId: usd, orderId: "ord_'or'1'='1" }),
  ],
  [
    "listPayoutTransactions with a NUL byte",
    () => listPayoutTransactions(store.db, { sellerId: usd, payoutId: `po_${nul}` }),
  ],
  [
    "listRecentPayouts with a NUL byte",
    () => listRecentPayouts(store.db, { sellerId: `sel_${nul}` }),
  ],
  [
    "listPayouts from year 0",
    () => listPayouts(store.db, { sellerId: usd, params: { from: "0000-01-01" } }),
  ],
  [
    "listPayouts to year 9999 by created date",
    () =>
      listPayouts(store.db, { sellerId: usd, params: { dateField: "created", to: "9999-12-31" } }),
  ],
  [
    "listPayouts with a NUL byte in the search",
    () => listPayouts(store.db, { sellerId: usd, params: { search: `po_${nul}` } }),
  ],
  [
    "listPayouts with a hand-edited cursor",
    () =>
      listPayouts(store.db, {
        sellerId: usd,
        params: { dateField: "created", after: badCursor() },
      }),
  ],
  [
    "listPayouts with a page size not offered",
    () => listPayouts(store.db, { sellerId: usd, params: { pageSize: "1000" } }),
  ],
  [
    "listBalanceActivity from year 0",
    () =>
      listBalanceActivity(store.db, {
        sellerId: usd,
        asOf: seedAsOf,
        params: { from: "0000-01-01" },
      }),
  ],
  [
    "listBalanceActivity with a hand-edited cursor",
    () =>
      listBalanceActivity(store.db, {
        sellerId: usd,
        asOf: seedAsOf,
        params: { after: badCursor() },
      }),
  ],
  [
    "exportPayoutsCsv with a NUL byte in the search",
    () => drain(exportPayoutsCsv(store.db, { sellerId: usd, params: { search: nul } })),
  ],
  [
    "exportPayoutTransactionsCsv with a NUL byte",
    () => drain(exportPayoutTransactionsCsv(store.db, { sellerId: usd, payoutId: `po_${nul}` })),
  ],
  [
    "quoteInstantPayout far in the future",
    () => quoteInstantPayout(store.db, { sellerId: usd, amount: 1_000, asOf: beyondDates }),
  ],
  [
    "createInstantPayout with a fractional amount",
    () =>
      createInstantPayout(store.db, {
        sellerId: usd,
        idempotencyKey: "key-fraction-1",
        amount: 10.5,
        currency: "USD",
        now: seedAsOf,
      }),
  ],
  [
    "createInstantPayout with a malformed key",
    () =>
      createInstantPayout(store.db, {
        sellerId: usd,
        idempotencyKey: `k${nul}`,
        amount: 1_000,
        currency: "USD",
        now: seedAsOf,
      }),
  ],
  [
    "retryFailedPayout with a NUL byte",
    () =>
      retryFailedPayout(store.db, {
        sellerId: usd,
        payoutId: `po_${nul}`,
        idempotencyKey: "key-retry-nul",
        now: seedAsOf,
      }),
  ],
  [
    "runScheduledPayouts on a day that does not exist",
    () => runScheduledPayouts(store.db, { day: "2026-02-30", now: seedAsOf }),
  ],
  [
    "runScheduledPayouts far in the future",
    () => runScheduledPayouts(store.db, { day: "2026-11-17", now: beyondDates }),
  ],
  [
    "cancelPayout with a NUL byte",
    () => cancelPayout(store.db, { payoutId: `po_${nul}`, now: seedAsOf }),
  ],
  [
    "updatePayoutSchedule with a weekday that does not exist",
    () =>
      updatePayoutSchedule(store.db, {
        sellerId: usd,
        idempotencyKey: "key-schedule-bad",
        schedule: { interval: "weekly", weekday: 9 } as never,
        now: seedAsOf,
      }),
  ],
  [
    "updateNotificationPreferences with a string for a flag",
    () =>
      updateNotificationPreferences(store.db, {
        sellerId: usd,
        idempotencyKey: "key-notify-bad",
        payoutPaid: "yes" as never,
        payoutFailed: true,
        weeklySummary: false,
        now: seedAsOf,
      }),
  ],
  [
    "replaceBankAccount with an IBAN whose check digits are wrong",
    () =>
      replaceBankAccount(store.db, {
        sellerId: eur,
        idempotencyKey: "key-iban-bad",
        account: { kind: "iban", iban: "DE89370400440532013001", holderName: "Lindenhof Küche" },
        now: seedAsOf,
      }),
  ],
];

describe("malformed input at the boundary", () => {
  it.each(malformedCalls)("%s is a ValidationError", async (_name, call) => {
    const outcome = await call().then(
      () => "resolved",
      (error: unknown) => error,
    );
    expect(outcome).toBeInstanceOf(ValidationError);
  });
});

const readsOfAnotherSeller: Array<[string, () => Promise<unknown>]> = [
  ["getPayoutDetail", () => getPayoutDetail(store.db, { sellerId: eur, payoutId: usdPayoutId })],
  [
    "listPayoutTransactions",
    () => listPayoutTransactions(store.db, { sellerId: eur, payoutId: usdPayoutId }),
  ],
  [
    "exportPayoutTransactionsCsv",
    () => drain(exportPayoutTransactionsCsv(store.db, { sellerId: eur, payoutId: usdPayoutId })),
  ],
  ["getOrderDetail", () => getOrderDetail(store.db, { sellerId: eur, orderId: usdOrderId })],
  [
    "retryFailedPayout",
    () =>
      retryFailedPayout(store.db, {
        sellerId: eur,
        payoutId: usdPayoutId,
        idempotencyKey: "key-cross-seller",
        now: seedAsOf,
      }),
  ],
];

describe("another seller's ids", () => {
  it.each(readsOfAnotherSeller)("%s answers not found, like an unknown id", async (_name, call) => {
    await expect(call()).rejects.toBeInstanceOf(NotFoundError);
  });

  it.each([
    ["getSellerProfile", () => getSellerProfile(store.db, { sellerId: "sel_00000000000000" })],
    [
      "getBalances",
      () => getBalances(store.db, { sellerId: "sel_00000000000000", asOf: seedAsOf }),
    ],
    [
      "quoteInstantPayout",
      () =>
        quoteInstantPayout(store.db, {
          sellerId: "sel_00000000000000",
          amount: 1_000,
          asOf: seedAsOf,
        }),
    ],
    ["listPayouts", () => listPayouts(store.db, { sellerId: "sel_00000000000000", params: {} })],
  ])("%s of a seller that does not exist answers not found", async (_name, call) => {
    await expect(call()).rejects.toBeInstanceOf(NotFoundError);
  });

  it("never returns another seller's rows from a list", async () => {
    const theirs = await listPayouts(store.db, { sellerId: eur, params: { search: usdPayoutId } });
    expect(theirs.rows).toEqual([]);
    expect(theirs.totals.every((total) => total.count === 0)).toBe(true);
  });
});
