import { getSellerProfile, listPayouts } from "@payout-styles/data";
import { beforeAll, describe, expect, it } from "vitest";
import { payOutNow, quoteInstantPayout } from "./actions/instant-payout";
import { retryPayout } from "./actions/retry-payout";
import { replaceBankAccount, updateNotifications, updateSchedule } from "./actions/settings";
import { request } from "./testing/next-request";
import { openSeededDashboard, type SeededDashboard } from "./testing/seeded-dashboard";

let dashboard: SeededDashboard;

beforeAll(async () => {
  dashboard = await openSeededDashboard();
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const idle = { status: "idle" } as const;

async function payoutCount(sellerId: string): Promise<number> {
  const list = await listPayouts(dashboard.store.db, { sellerId, params: {} });
  return list.totals.reduce((count, totals) => count + totals.count, 0);
}

describe("instant payouts", () => {
  // The large seller has money available now; the daily USD seller was just paid out.
  it("quote the fee and what reaches the bank", async () => {
    await dashboard.signInAs("large");
    const state = await quoteInstantPayout(idle, form({ amount: "50.00", currency: "USD" }));
    expect(state.status).toBe("success");
    expect(state.result).toMatchObject({ amount: 5_000, fee: 75, net: 4_925, currency: "USD" });
  });

  it("put a malformed or too precise amount next to the field", async () => {
    await dashboard.signInAs("large");
    const comma = await quoteInstantPayout(idle, form({ amount: "12,50", currency: "USD" }));
    const precise = await quoteInstantPayout(idle, form({ amount: "12.505", currency: "USD" }));
    expect(comma.fieldErrors?.amount).toMatch(/like 12\.50/);
    expect(precise.fieldErrors?.amount).toMatch(/at most 2 decimals/);
    expect(comma.values).toEqual({ amount: "12,50", currency: "USD" });
  });

  it("refuse more than the instant balance, naming it", async () => {
    await dashboard.signInAs("large");
    const state = await payOutNow(
      idle,
      form({ amount: "99999999.00", currency: "USD", idempotencyKey: "too-much-0001" }),
    );
    expect(state.status).toBe("error");
    expect(state.fieldErrors?.amount).toMatch(/^The most you can pay out now is \$/);
  });

  it("pay once for one idempotency key, however often it is sent", async () => {
    const seller = await dashboard.signInAs("large");
    const before = await payoutCount(seller.id);
    const submission = { amount: "50.00", currency: "USD", idempotencyKey: "pay-once-key-0001" };
    const first = await payOutNow(idle, form(submission));
    const replay = await payOutNow(idle, form(submission));
    expect(first.status).toBe("success");
    expect(first.result).toMatchObject({ amount: 5_000, fee: 75, net: 4_925, currency: "USD" });
    expect(replay).toEqual(first);
    expect(await payoutCount(seller.id)).toBe(before + 1);
    expect(request.revalidated).toContain("/ (layout)");
  });

  it("refuse the same key with another amount", async () => {
    await dashboard.signInAs("large");
    const key = { currency: "USD", idempotencyKey: "pay-once-key-0002" };
    await payOutNow(idle, form({ ...key, amount: "20.00" }));
    const changed = await payOutNow(idle, form({ ...key, amount: "30.00" }));
    expect(changed.status).toBe("error");
    expect(changed.message).toMatch(/already sent with other values/);
  });
});

describe("settings", () => {
  it("put a bad IBAN next to its field, echo what was typed, and keep the saved account", async () => {
    const seller = await dashboard.signInAs("eur");
    const saved = (await getSellerProfile(dashboard.store.db, { sellerId: seller.id })).bankAccount;
    const submitted = {
      kind: "iban",
      holderName: "Lindenhof Küche",
      iban: "DE89 3704 0044 0532 0130 01",
    };
    const state = await replaceBankAccount(
      idle,
      form({ ...submitted, idempotencyKey: "bad-iban-key-0001" }),
    );
    expect(state.status).toBe("error");
    expect(Object.keys(state.fieldErrors ?? {})).toEqual(["iban"]);
    expect(state.values).toEqual(submitted);
    const after = (await getSellerProfile(dashboard.store.db, { sellerId: seller.id })).bankAccount;
    expect(after).toEqual(saved);
  });

  it("put a weekly schedule without a weekday next to the weekday field", async () => {
    await dashboard.signInAs("eur");
    const state = await updateSchedule(
      idle,
      form({ interval: "weekly", weekday: "", idempotencyKey: "schedule-key-0001" }),
    );
    expect(state.fieldErrors).toEqual({
      weekday: "Choose the day of the week payouts are made on.",
    });
  });

  it("save a valid schedule and notification preferences", async () => {
    const seller = await dashboard.signInAs("eur");
    const schedule = await updateSchedule(
      idle,
      form({ interval: "monthly", monthDay: "15", idempotencyKey: "schedule-key-0002" }),
    );
    const notifications = await updateNotifications(
      idle,
      form({ payoutFailed: "on", idempotencyKey: "notify-key-00001" }),
    );
    expect([schedule.status, notifications.status]).toEqual(["success", "success"]);
    const profile = await getSellerProfile(dashboard.store.db, { sellerId: seller.id });
    expect(profile.schedule).toEqual({ interval: "monthly", monthDay: 15 });
    expect(profile.notifications).toEqual({
      payoutPaid: false,
      payoutFailed: true,
      weeklySummary: false,
    });
  });
});

describe("retrying a failed payout", () => {
  it("waits for a new bank account, then creates one new payout per key", async () => {
    const seller = await dashboard.signInAs("failedPayout");
    const failed = (
      await listPayouts(dashboard.store.db, { sellerId: seller.id, params: { status: ["failed"] } })
    ).rows[0];
    if (!failed) throw new Error("expected a failed payout");
    const retry = { payoutId: failed.id, idempotencyKey: "retry-key-000001" };

    const blocked = await retryPayout(idle, form(retry));
    expect(blocked.status).toBe("error");
    expect(blocked.message).toMatch(/replace the bank account/);

    const replaced = await replaceBankAccount(
      idle,
      form({
        kind: "us_ach",
        holderName: "Green Bowl Salads",
        routingNumber: "021000021",
        accountNumber: "000123456789",
        idempotencyKey: "new-account-0001",
      }),
    );
    expect(replaced.status).toBe("success");

    const first = await retryPayout(idle, form({ ...retry, idempotencyKey: "retry-key-000002" }));
    const replay = await retryPayout(idle, form({ ...retry, idempotencyKey: "retry-key-000002" }));
    expect(first.status).toBe("success");
    expect(first.result?.payoutId).toMatch(/^po_/);
    expect(replay).toEqual(first);
  });
});
