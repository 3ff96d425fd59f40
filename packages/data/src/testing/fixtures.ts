// Minimal rows for tests that need a seller or a payout without the whole seed.
import { payouts, sellers } from "../schema";
import type { Queryable } from "../store/open-store";

export async function insertTestSeller(db: Queryable, id = "sel_test00000000000") {
  await db.insert(sellers).values({
    id,
    name: "Test Kitchen",
    email: `${id}@example.test`,
    passwordHash: "scrypt$1$1$1$AA==$AA==",
    currency: "USD",
    locale: "en-US",
    timeZone: "America/New_York",
    country: "US",
    scheduleInterval: "daily",
    holdDays: 2,
    createdAt: new Date("2026-01-01T00:00:00Z"),
  });
  return id;
}

export async function insertTestPayout(
  db: Queryable,
  sellerId: string,
  id: string,
  status: (typeof payouts.$inferInsert)["status"],
) {
  await db.insert(payouts).values({
    id,
    sellerId,
    currency: "USD",
    amount: 1_000,
    grossAmount: 1_000,
    fee: 0,
    status,
    method: "standard",
    origin: "scheduled",
    periodKey: `test:${id}`,
    createdAt: new Date("2026-02-01T00:00:00Z"),
    arrivalDate: "2026-02-03",
    bankReference: `REF-${id}`,
  });
  return id;
}
