import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, parseCalendarDate, toCalendarDate } from "../domain/calendar-date";
import { NotFoundError, ValidationError } from "../errors";
import { orders } from "../schema";
import { seedAsOf } from "../seed/seed-clock";
import type { Database } from "../store/open-store";
import { openSeededStore, type SeededStore } from "../testing/seeded-store";
import { getEarningsSeries } from "./earnings-series";

let seeded: SeededStore;
let db: Database;

beforeAll(async () => {
  seeded = await openSeededStore();
  db = seeded.store.db;
});
afterAll(() => seeded.store.close());

/** The UTC Monday that starts an instant's week. */
function mondayOf(instant: Date): string {
  const day = toCalendarDate(instant);
  return addDays(day, -((parseCalendarDate(day).getUTCDay() + 6) % 7));
}

describe("getEarningsSeries", () => {
  it("sums each seller's orders into UTC weeks starting on Monday, zero-filled", async () => {
    for (const seller of seeded.sellers) {
      const series = await getEarningsSeries(db, {
        sellerId: seller.id,
        asOf: seedAsOf,
        periods: 16,
      });
      expect(series).toHaveLength(16);
      expect(series.at(-1)?.periodStart).toBe(mondayOf(seedAsOf));
      for (const period of series)
        expect(parseCalendarDate(period.periodStart).getUTCDay()).toBe(1);

      const own = await db.select().from(orders).where(eq(orders.sellerId, seller.id));
      for (const period of series) {
        const inPeriod = own.filter(
          (order) =>
            order.createdAt <= seedAsOf && mondayOf(order.createdAt) === period.periodStart,
        );
        expect(period).toEqual({
          periodStart: period.periodStart,
          gross: inPeriod.reduce(
            (sum, order) => sum + order.itemsSubtotal - order.sellerDiscount,
            0,
          ),
          fees: inPeriod.reduce(
            (sum, order) => sum + order.commission + order.deliveryShare + order.processingFee,
            0,
          ),
          net: inPeriod.reduce((sum, order) => sum + order.sellerNet, 0),
        });
        expect(period.gross - period.fees).toBe(period.net);
      }
    }
  });

  it("counts nothing before a seller's first order", async () => {
    const newest = seeded.sellerIdOf("noBank");
    const series = await getEarningsSeries(db, { sellerId: newest, asOf: seedAsOf, periods: 26 });
    expect(series[0]).toMatchObject({ gross: 0, fees: 0, net: 0 });
    expect(series.at(-2)?.gross).toBeGreaterThan(0);
  });

  it("sums days when asked for days", async () => {
    const seller = seeded.sellers[0];
    if (!seller) throw new Error("seeded sellers");
    const days = await getEarningsSeries(db, {
      sellerId: seller.id,
      asOf: seedAsOf,
      granularity: "day",
      periods: 14,
    });
    expect(days.map((day) => day.periodStart)).toEqual(
      Array.from({ length: 14 }, (_, index) => addDays(toCalendarDate(seedAsOf), index - 13)),
    );
    const weeks = await getEarningsSeries(db, { sellerId: seller.id, asOf: seedAsOf, periods: 1 });
    const thisWeek = days.filter((day) => day.periodStart >= (weeks[0]?.periodStart ?? ""));
    expect(thisWeek.reduce((sum, day) => sum + day.net, 0)).toBe(weeks[0]?.net);
  });

  it("answers an unknown seller with NotFoundError and bad periods with ValidationError", async () => {
    await expect(getEarningsSeries(db, { sellerId: "sel_nobody", asOf: seedAsOf })).rejects.toThrow(
      NotFoundError,
    );
    const sellerId = seeded.sellers[0]?.id ?? "";
    await expect(getEarningsSeries(db, { sellerId, asOf: seedAsOf, periods: 0 })).rejects.toThrow(
      ValidationError,
    );
    await expect(
      getEarningsSeries(db, { sellerId, asOf: seedAsOf, granularity: "month" as "day" }),
    ).rejects.toThrow("granularity: must be day or week");
  });
});
