import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IdempotencyKeyReusedError, NotFoundError, ValidationError } from "../errors";
import { bankAccounts, idempotencyKeys, sellers } from "../schema";
import type { PayoutStore } from "../store/open-store";
import { replaceBankAccount } from "./replace-bank-account";
import { updateNotificationPreferences, updatePayoutSchedule } from "./seller-settings";
import {
  afterSeed,
  newKey,
  openSeededStore,
  type SeededCommandStore,
} from "./testing/seeded-commands";

let seeded: SeededCommandStore;
let store: PayoutStore;
const now = afterSeed(1);

const sellerRow = async (sellerId: string) => {
  const [row] = await store.db.select().from(sellers).where(eq(sellers.id, sellerId));
  return row;
};
const accountsOf = (sellerId: string) =>
  store.db
    .select()
    .from(bankAccounts)
    .where(eq(bankAccounts.sellerId, sellerId))
    .orderBy(bankAccounts.createdAt);
const keyRows = (key: string) =>
  store.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key));

async function validationIssues(command: Promise<unknown>) {
  const error = await command.then(
    () => null,
    (refusal: unknown) => refusal,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).issues;
}

beforeAll(async () => {
  seeded = await openSeededStore();
  store = seeded.store;
});
afterAll(() => store.close());

describe("updatePayoutSchedule", () => {
  it("stores the schedule, replays the same key and refuses it with another schedule", async () => {
    const sellerId = seeded.sellerIdOf("usd");
    const idempotencyKey = newKey("schedule");
    const request = {
      sellerId,
      idempotencyKey,
      schedule: { interval: "monthly", monthDay: 31 } as const,
      now,
    };
    const response = await updatePayoutSchedule(store.db, request);
    expect(response).toEqual({ sellerId, schedule: { interval: "monthly", monthDay: 31 } });
    expect(await sellerRow(sellerId)).toMatchObject({
      scheduleInterval: "monthly",
      scheduleMonthDay: 31,
      scheduleWeekday: null,
    });
    expect(await updatePayoutSchedule(store.db, { ...request, now: afterSeed(2) })).toEqual(
      response,
    );
    await expect(
      updatePayoutSchedule(store.db, { ...request, schedule: { interval: "daily" } }),
    ).rejects.toThrow(IdempotencyKeyReusedError);
  });

  it("refuses an impossible schedule on its field and stores nothing", async () => {
    const sellerId = seeded.sellerIdOf("eur");
    const before = await sellerRow(sellerId);
    const idempotencyKey = newKey("bad-schedule");
    const issues = await validationIssues(
      updatePayoutSchedule(store.db, {
        sellerId,
        idempotencyKey,
        schedule: { interval: "weekly", weekday: 9 },
        now,
      }),
    );
    expect(issues.map((issue) => issue.field)).toEqual(["schedule.weekday"]);
    expect(await sellerRow(sellerId)).toEqual(before);
    expect(await keyRows(idempotencyKey)).toEqual([]);
  });

  it("does not find an unknown seller", async () => {
    await expect(
      updatePayoutSchedule(store.db, {
        sellerId: "sel_unknown0000000",
        idempotencyKey: newKey("unknown"),
        schedule: { interval: "daily" },
        now,
      }),
    ).rejects.toThrow(NotFoundError);
  });
});

describe("updateNotificationPreferences", () => {
  it("stores the three switches and replays the same key", async () => {
    const sellerId = seeded.sellerIdOf("jpy");
    const request = {
      sellerId,
      idempotencyKey: newKey("notify"),
      payoutPaid: false,
      payoutFailed: true,
      weeklySummary: true,
      now,
    };
    const response = await updateNotificationPreferences(store.db, request);
    expect(response).toEqual({
      sellerId,
      payoutPaid: false,
      payoutFailed: true,
      weeklySummary: true,
    });
    expect(await sellerRow(sellerId)).toMatchObject({
      notifyPayoutPaid: false,
      notifyPayoutFailed: true,
      notifyWeeklySummary: true,
    });
    expect(await updateNotificationPreferences(store.db, request)).toEqual(response);
  });
});

describe("replaceBankAccount", () => {
  it("keeps only the last four digits, a fingerprint and the bank's name, and retires the old account", async () => {
    const sellerId = seeded.sellerIdOf("eur");
    const [previous] = (await accountsOf(sellerId)).filter(
      (account) => account.replacedAt === null,
    );
    const request = {
      sellerId,
      idempotencyKey: newKey("iban"),
      account: {
        kind: "iban",
        iban: "NL91 ABNA 0417 1643 00",
        holderName: "Brasserie Lumière",
      } as const,
      now,
    };
    const response = await replaceBankAccount(store.db, request);
    expect(response).toMatchObject({
      sellerId,
      kind: "iban",
      bankName: "ABN AMRO",
      holderName: "Brasserie Lumière",
      country: "NL",
      currency: "EUR",
      last4: "4300",
      createdAt: now.toISOString(),
    });
    expect(JSON.stringify(response)).not.toContain("0417164300");
    const accounts = await accountsOf(sellerId);
    expect(accounts.find((account) => account.id === previous?.id)?.replacedAt).toEqual(now);
    const current = accounts.filter((account) => account.replacedAt === null);
    expect(current.map((account) => account.id)).toEqual([response.id]);
    expect(current[0]?.fingerprint).toMatch(/^[0-9a-f]{64}$/);

    expect(await replaceBankAccount(store.db, { ...request, now: afterSeed(2) })).toEqual(response);
    expect(await accountsOf(sellerId)).toHaveLength(accounts.length);
  });

  it("stores a Japanese (Zengin) account with its bank's name and the katakana the bank has", async () => {
    const sellerId = seeded.sellerIdOf("jpy");
    const response = await replaceBankAccount(store.db, {
      sellerId,
      idempotencyKey: newKey("zengin"),
      account: {
        kind: "jp_zengin",
        bankCode: "0001",
        branchCode: "045",
        accountType: "toza",
        accountNumber: "0012345",
        holderName: "ｻｸﾗ ﾗｰﾒﾝ ｼﾌﾞﾔ",
      },
      now,
    });
    expect(response).toMatchObject({
      sellerId,
      kind: "jp_zengin",
      bankName: "Mizuho Bank",
      holderName: "サクラ ラーメン シブヤ",
      country: "JP",
      currency: "JPY",
      last4: "2345",
    });
    const current = (await accountsOf(sellerId)).filter((account) => account.replacedAt === null);
    expect(current.map((account) => account.id)).toEqual([response.id]);
  });

  it.each([
    [{ kind: "iban", iban: "DE89370400440532013001", holderName: "Ana Müller" }, "iban"],
    [
      {
        kind: "jp_zengin",
        bankCode: "0001",
        branchCode: "45",
        accountType: "futsu",
        accountNumber: "0012345",
        holderName: "サクラ",
      },
      "branchCode",
    ],
    [
      { kind: "us_ach", routingNumber: "021000022", accountNumber: "12345678", holderName: "Ana" },
      "routingNumber",
    ],
  ] as const)(
    "refuses an invalid account on its form field and leaves the saved one (%#)",
    async (account, field) => {
      const sellerId = seeded.sellerIdOf("large");
      const before = await accountsOf(sellerId);
      const idempotencyKey = newKey("bad-account");
      const issues = await validationIssues(
        replaceBankAccount(store.db, { sellerId, idempotencyKey, account, now }),
      );
      expect(issues.map((issue) => issue.field)).toEqual([field]);
      expect(await accountsOf(sellerId)).toEqual(before);
      expect(await keyRows(idempotencyKey)).toEqual([]);
    },
  );
});
