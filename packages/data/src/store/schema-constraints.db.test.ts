import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sellers } from "../schema";
import { insertTestSeller } from "../testing/fixtures";
import { openTestStore } from "../testing/test-store";
import type { PayoutStore } from "./open-store";

let store: PayoutStore;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(() => store.close());

describe("a seller's payout schedule", () => {
  it("cannot be weekly without a weekday, or monthly without a day", async () => {
    const sellerId = await insertTestSeller(store.db);
    const ofSeller = eq(sellers.id, sellerId);
    await expect(
      store.db
        .update(sellers)
        .set({ scheduleInterval: "weekly", scheduleWeekday: null })
        .where(ofSeller),
    ).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/sellers_schedule_complete/) },
    });
    await expect(
      store.db
        .update(sellers)
        .set({ scheduleInterval: "monthly", scheduleMonthDay: 32 })
        .where(ofSeller),
    ).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/sellers_schedule_complete/) },
    });
    await expect(
      store.db
        .update(sellers)
        .set({ scheduleInterval: "monthly", scheduleMonthDay: 31 })
        .where(ofSeller),
    ).resolves.toBeDefined();
  });
});
