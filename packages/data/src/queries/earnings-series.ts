// The overview's earnings chart: gross sales, fees and net per day or week for the last N
// periods up to asOf, zero-filled, from the orders (each order's split as it was at the sale).
// Periods are UTC calendar days; weeks start on Monday (UTC), the ISO week.
import { and, eq, gte, lte, sql } from "drizzle-orm";
import { z } from "zod";
import { asOfSchema, recordIdSchema } from "../boundary-schemas";
import { addDays, type CalendarDate, toCalendarDate } from "../domain/calendar-date";
import { parseInput } from "../errors";
import { orders } from "../schema";
import type { Queryable } from "../store/open-store";
import { findSeller } from "./seller-scope";
import { sumOf } from "./sql-aggregates";

const earningsSeriesInput = z.object({
  sellerId: recordIdSchema,
  asOf: asOfSchema,
  granularity: z.enum(["day", "week"], { error: "must be day or week" }).default("week"),
  periods: z.coerce
    .number({ error: "must be a number of periods" })
    .int("must be a whole number of periods")
    .min(1, "must be at least 1")
    .max(366, "must be at most 366")
    .default(12),
});

export interface EarningsPeriod {
  /** The first day of the period (a Monday for weeks), UTC. */
  periodStart: CalendarDate;
  /** Items − seller-funded discounts. */
  gross: number;
  /** Commission + delivery partner share + payment processing. */
  fees: number;
  /** What the seller earned: gross − fees. */
  net: number;
}

export async function getEarningsSeries(
  db: Queryable,
  input: { sellerId: string; asOf: Date | string; granularity?: "day" | "week"; periods?: number },
): Promise<EarningsPeriod[]> {
  const { sellerId, asOf, granularity, periods } = parseInput(earningsSeriesInput, input);
  const seller = await findSeller(db, sellerId);
  const step = granularity === "week" ? 7 : 1;
  const today = toCalendarDate(asOf);
  const lastStart = granularity === "week" ? addDays(today, -((asOf.getUTCDay() + 6) % 7)) : today;
  const starts = Array.from({ length: periods }, (_, index) =>
    addDays(lastStart, (index - periods + 1) * step),
  );
  // A literal, not a parameter: GROUP BY must repeat the select's expression exactly, and the
  // granularity is one of two validated words.
  const unit = sql.raw(`'${granularity}'`);
  const periodStart = sql<string>`to_char(date_trunc(${unit}, ${orders.createdAt} at time zone 'UTC'), 'YYYY-MM-DD')`;
  const rows = await db
    .select({
      periodStart,
      gross: sumOf(sql`${orders.itemsSubtotal} - ${orders.sellerDiscount}`),
      fees: sumOf(sql`${orders.commission} + ${orders.deliveryShare} + ${orders.processingFee}`),
      net: sumOf(orders.sellerNet),
    })
    .from(orders)
    .where(
      and(
        eq(orders.sellerId, seller.id),
        gte(orders.createdAt, new Date(`${starts[0]}T00:00:00Z`)),
        lte(orders.createdAt, asOf),
      ),
    )
    .groupBy(periodStart);
  const byStart = new Map(rows.map((row) => [row.periodStart, row]));
  return starts.map((start) => {
    const row = byStart.get(start);
    return { periodStart: start, gross: row?.gross ?? 0, fees: row?.fees ?? 0, net: row?.net ?? 0 };
  });
}
