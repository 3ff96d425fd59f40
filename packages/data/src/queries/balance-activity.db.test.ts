import { and, eq, lte, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError, ValidationError } from "../errors";
import { ledgerEntries, ledgerTransactions } from "../schema";
import { seedAsOf } from "../seed/seed-clock";
import type { Database } from "../store/open-store";
import { openSeededStore, type SeededStore } from "../testing/seeded-store";
import { type ActivityRow, listBalanceActivity } from "./balance-activity";
import type { ActivityParams } from "./balance-activity-params";

let seeded: SeededStore;
let db: Database;

beforeAll(async () => {
  seeded = await openSeededStore();
  db = seeded.store.db;
});
afterAll(() => seeded.store.close());

/** The transactions that moved the seller's balance by asOf, newest first. */
const movementsOf = async (sellerId: string) =>
  (
    await db
      .select()
      .from(ledgerTransactions)
      .where(
        and(
          eq(ledgerTransactions.sellerId, sellerId),
          ne(ledgerTransactions.kind, "payout_paid"),
          lte(ledgerTransactions.occurredAt, seedAsOf),
        ),
      )
  ).sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime() || b.id - a.id);

async function readForward(sellerId: string, params: Partial<ActivityParams>) {
  const pages: ActivityRow[][] = [];
  let after: string | undefined;
  for (;;) {
    const page = await listBalanceActivity(db, {
      sellerId,
      asOf: seedAsOf,
      params: { ...params, after },
    });
    pages.push(page.rows);
    expect(page.pageInfo.hasPreviousPage).toBe(after !== undefined);
    if (!page.nextCursor) return { pages, last: page };
    after = page.nextCursor;
  }
}

describe("listBalanceActivity", () => {
  it("visits every movement of the seller's balance exactly once, newest first, and nothing else", async () => {
    for (const seller of seeded.sellers) {
      const expected = await movementsOf(seller.id);
      const { pages } = await readForward(seller.id, { pageSize: 100 });
      expect(pages.flat().map((row) => row.transactionId)).toEqual(expected.map((tx) => tx.id));
    }
  });

  it("pages backward through the same rows", async () => {
    const seller = seeded.sellers[0];
    if (!seller) throw new Error("seeded sellers");
    const forward = await readForward(seller.id, { pageSize: 25 });
    const backward: ActivityRow[][] = [];
    let before = forward.last.previousCursor;
    while (before) {
      const page = await listBalanceActivity(db, {
        sellerId: seller.id,
        asOf: seedAsOf,
        params: { pageSize: 25, before },
      });
      expect(page.pageInfo.hasNextPage).toBe(true);
      backward.unshift(page.rows);
      before = page.previousCursor;
    }
    expect([...backward.flat(), ...forward.last.rows]).toEqual(forward.pages.flat());
  });

  it("filters by one type or several, merging them in time order", async () => {
    for (const seller of seeded.sellers) {
      const all = await movementsOf(seller.id);
      for (const types of [
        ["sale"],
        ["refund", "chargeback", "fee"],
        ["payout", "payout_failure_return", "adjustment"],
      ] as const) {
        const { pages } = await readForward(seller.id, { type: [...types], pageSize: 50 });
        const expected = all.filter((tx) => (types as readonly string[]).includes(tx.kind));
        expect(pages.flat().map((row) => row.transactionId)).toEqual(expected.map((tx) => tx.id));
      }
    }
  });

  it("filters dates as whole days in the seller's time zone", async () => {
    for (const seller of seeded.sellers) {
      const all = await movementsOf(seller.id);
      const localDay = new Intl.DateTimeFormat("en-CA", { timeZone: seller.timeZone });
      const days = all.map((tx) => localDay.format(tx.occurredAt)).sort();
      const from = days[Math.floor(days.length / 3)] ?? "";
      const to = days[Math.floor(days.length / 2)] ?? "";
      const { pages } = await readForward(seller.id, { from, to, pageSize: 100 });
      const expected = all.filter((tx) => {
        const day = localDay.format(tx.occurredAt);
        return day >= from && day <= to;
      });
      expect(pages.flat().map((row) => row.transactionId)).toEqual(expected.map((tx) => tx.id));
    }
  });

  it("gives each row its effect on what the seller is owed, split into gross, fees and reserve", async () => {
    for (const seller of seeded.sellers) {
      const page = await listBalanceActivity(db, {
        sellerId: seller.id,
        asOf: seedAsOf,
        params: { pageSize: 100 },
      });
      for (const row of page.rows) {
        const entries = await db
          .select()
          .from(ledgerEntries)
          .where(
            and(
              eq(ledgerEntries.transactionId, row.transactionId),
              eq(ledgerEntries.account, "seller_payable"),
            ),
          );
        expect(row.amount).toBe(entries.reduce((sum, entry) => sum + entry.amount, 0));
        expect(row.gross + row.fees + row.reserve).toBe(row.amount);
        const latest = Math.max(...entries.map((entry) => entry.effectiveAt.getTime()));
        expect(row.availableOn?.getTime()).toBe(latest);
        if (row.type === "sale" || row.type === "refund") expect(row.orderId).not.toBeNull();
        if (row.type === "payout") expect(row.payoutId).not.toBeNull();
      }
    }
  });

  it("answers an unknown seller with NotFoundError and malformed params with the field's name", async () => {
    await expect(
      listBalanceActivity(db, { sellerId: "sel_nobody", asOf: seedAsOf }),
    ).rejects.toThrow(NotFoundError);
    const sellerId = seeded.sellers[0]?.id ?? "";
    for (const [params, field] of [
      [{ type: "payout_paid" }, "type.0"],
      [{ to: "2026-02-31" }, "to"],
      [{ pageSize: "1000" }, "pageSize"],
      [{ before: "garbage!" }, "before"],
    ] as const) {
      const error = await listBalanceActivity(db, { sellerId, asOf: seedAsOf, params }).catch(
        (caught) => caught,
      );
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((issue) => issue.field)).toEqual([field]);
    }
  });
});
