import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "../errors";
import { payouts } from "../schema";
import type { Database } from "../store/open-store";
import { openSeededStore, type SeededStore } from "../testing/seeded-store";
import { validationFieldsAsync } from "../testing/validation-fields";
import { listPayouts, type PayoutListRow } from "./payout-list";
import type { PayoutListParams } from "./payout-list-params";
import { listRecentPayouts } from "./recent-payouts";

let seeded: SeededStore;
let db: Database;

beforeAll(async () => {
  seeded = await openSeededStore();
  db = seeded.store.db;
});
afterAll(() => seeded.store.close());

const payoutRowsOf = (sellerId: string) =>
  db.select().from(payouts).where(eq(payouts.sellerId, sellerId)).orderBy(asc(payouts.id));

/** Every page from the first, following nextCursor. */
async function readForward(sellerId: string, params: Partial<PayoutListParams>) {
  const pages: PayoutListRow[][] = [];
  let after: string | undefined;
  for (;;) {
    const page = await listPayouts(db, { sellerId, params: { ...params, after } });
    pages.push(page.rows);
    expect(page.pageInfo.hasPreviousPage).toBe(after !== undefined);
    expect(page.previousCursor === null).toBe(after === undefined);
    if (!page.nextCursor) return { pages, last: page };
    after = page.nextCursor;
  }
}

/** Every page from the last, following previousCursor back to the first. */
async function readBackward(sellerId: string, params: Partial<PayoutListParams>, before: string) {
  const pages: PayoutListRow[][] = [];
  let cursor: string | null = before;
  while (cursor) {
    const page = await listPayouts(db, { sellerId, params: { ...params, before: cursor } });
    expect(page.pageInfo.hasNextPage).toBe(true);
    pages.unshift(page.rows);
    cursor = page.previousCursor;
  }
  return pages;
}

function busiestSellerId(): Promise<string> {
  return Promise.all(
    seeded.sellers.map(async (seller) => ({
      id: seller.id,
      count: (await payoutRowsOf(seller.id)).length,
    })),
  ).then((counts) => counts.sort((a, b) => b.count - a.count)[0]?.id ?? "");
}

describe("listRecentPayouts", () => {
  it("gives each seller its own newest payouts, as the payouts table shows them", async () => {
    for (const seller of seeded.sellers) {
      const recent = await listRecentPayouts(db, { sellerId: seller.id });
      const newest = (await payoutRowsOf(seller.id))
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
        .slice(0, 5);
      expect(recent.map((row) => row.id)).toEqual(newest.map((row) => row.id));
      const listed = await listPayouts(db, {
        sellerId: seller.id,
        params: { dateField: "created", pageSize: 25 },
      });
      expect(recent).toEqual(listed.rows.slice(0, 5));
    }
    await expect(listRecentPayouts(db, { sellerId: "sel_nobody" })).rejects.toThrow(NotFoundError);
  });
});

describe("listPayouts", () => {
  it("lists every payout of the seller and no payout of another seller", async () => {
    for (const seller of seeded.sellers) {
      const { pages } = await readForward(seller.id, { pageSize: 100 });
      const listed = pages.flat().map((row) => row.id);
      const own = (await payoutRowsOf(seller.id)).map((row) => row.id);
      expect([...listed].sort()).toEqual(own);
    }
  });

  it("answers an unknown seller with NotFoundError", async () => {
    await expect(listPayouts(db, { sellerId: "sel_unknown" })).rejects.toThrow(NotFoundError);
  });

  const sorts: Partial<PayoutListParams>[] = [
    { sort: "date", dateField: "arrival", order: "desc" },
    { sort: "date", dateField: "created", order: "asc" },
    { sort: "amount", order: "desc" },
    { sort: "amount", order: "asc" },
  ];

  it.each(sorts)(
    "visits every payout exactly once, in order, forward and backward (%o)",
    async (sort) => {
      const sellerId = await busiestSellerId();
      const own = await payoutRowsOf(sellerId);
      expect(own.length).toBeGreaterThan(25);
      const forward = await readForward(sellerId, { ...sort, pageSize: 25 });
      const visited = forward.pages.flat();
      expect(visited.map((row) => row.id).sort()).toEqual(own.map((row) => row.id));
      expect(new Set(visited.map((row) => row.id)).size).toBe(visited.length);

      const key = (row: PayoutListRow) =>
        sort.sort === "amount"
          ? row.amount
          : sort.dateField === "created"
            ? row.createdAt.getTime()
            : row.arrivalDate;
      const sign = sort.order === "asc" ? 1 : -1;
      const expected = [...visited].sort((a, b) => {
        const [left, right] = [key(a), key(b)];
        if (left !== right) return (left < right ? -1 : 1) * sign;
        return (a.id < b.id ? -1 : 1) * sign;
      });
      expect(visited.map((row) => row.id)).toEqual(expected.map((row) => row.id));

      // From the last page back to the first: the same pages, in the same order.
      const lastPage = forward.last;
      const firstRowOfLast = lastPage.rows[0];
      expect(firstRowOfLast).toBeDefined();
      const backward = await readBackward(
        sellerId,
        { ...sort, pageSize: 25 },
        lastPage.previousCursor ?? "",
      );
      expect([...backward.flat(), ...lastPage.rows].map((row) => row.id)).toEqual(
        visited.map((row) => row.id),
      );
    },
  );

  it("totals the whole filter: the same as the sum over every page", async () => {
    for (const seller of seeded.sellers) {
      const params = { pageSize: 25 as const, status: ["paid" as const, "in_transit" as const] };
      const { pages, last } = await readForward(seller.id, params);
      const rows = pages.flat();
      const totals = last.totals;
      const byCurrency = new Map<string, PayoutListRow[]>();
      for (const row of rows)
        byCurrency.set(row.currency, [...(byCurrency.get(row.currency) ?? []), row]);
      expect(totals.map((total) => total.currency)).toEqual([...byCurrency.keys()].sort());
      for (const total of totals) {
        const group = byCurrency.get(total.currency) ?? [];
        expect(total.count).toBe(group.length);
        expect(total.amount).toBe(group.reduce((sum, row) => sum + row.amount, 0));
        expect(total.grossSales).toBe(group.reduce((sum, row) => sum + row.grossSales, 0));
        expect(total.feesAndAdjustments).toBe(
          group.reduce((sum, row) => sum + row.feesAndAdjustments, 0),
        );
      }
    }
  });

  it("splits each net amount into gross sales and fees and adjustments", async () => {
    for (const seller of seeded.sellers) {
      const { pages } = await readForward(seller.id, { pageSize: 100 });
      for (const row of pages.flat()) {
        expect(row.grossSales + row.feesAndAdjustments).toBe(row.amount);
        if (row.origin === "instant") expect(row.feesAndAdjustments).toBeLessThanOrEqual(0);
      }
    }
  });

  it("filters by status", async () => {
    const sellerId = await busiestSellerId();
    const own = await payoutRowsOf(sellerId);
    for (const status of [["paid"], ["failed", "in_transit"]] as const) {
      const { pages } = await readForward(sellerId, { status: [...status], pageSize: 100 });
      const expected = own.filter((row) => (status as readonly string[]).includes(row.status));
      expect(
        pages
          .flat()
          .map((row) => row.id)
          .sort(),
      ).toEqual(expected.map((row) => row.id));
    }
  });

  it("filters created dates as whole days in the seller's time zone", async () => {
    for (const seller of seeded.sellers) {
      const own = await payoutRowsOf(seller.id);
      const localDay = new Intl.DateTimeFormat("en-CA", { timeZone: seller.timeZone });
      const days = own.map((row) => localDay.format(row.createdAt)).sort();
      const from = days[Math.floor(days.length / 4)];
      const to = days[Math.floor(days.length / 2)];
      if (!from || !to) continue;
      const { pages } = await readForward(seller.id, {
        dateField: "created",
        from,
        to,
        pageSize: 100,
      });
      const expected = own.filter((row) => {
        const day = localDay.format(row.createdAt);
        return day >= from && day <= to;
      });
      expect(
        pages
          .flat()
          .map((row) => row.id)
          .sort(),
      ).toEqual(expected.map((row) => row.id));
    }
  });

  it("filters arrival dates as bank calendar dates, inclusive", async () => {
    const sellerId = await busiestSellerId();
    const own = await payoutRowsOf(sellerId);
    const days = own.map((row) => row.arrivalDate).sort();
    const from = days[3] ?? "";
    const to = days[10] ?? "";
    const { pages } = await readForward(sellerId, {
      dateField: "arrival",
      from,
      to,
      pageSize: 100,
    });
    const expected = own.filter((row) => row.arrivalDate >= from && row.arrivalDate <= to);
    expect(
      pages
        .flat()
        .map((row) => row.id)
        .sort(),
    ).toEqual(expected.map((row) => row.id));
  });

  it("filters by an amount range typed in major units", async () => {
    const sellerId = await busiestSellerId();
    const own = await payoutRowsOf(sellerId);
    const { pages } = await readForward(sellerId, {
      amountMin: "100.5",
      amountMax: "2000.00",
      pageSize: 100,
    });
    const expected = own.filter((row) => row.amount >= 10_050 && row.amount <= 200_000);
    expect(expected.length).toBeGreaterThan(0);
    expect(
      pages
        .flat()
        .map((row) => row.id)
        .sort(),
    ).toEqual(expected.map((row) => row.id));
  });

  it("reads JPY amounts without decimals and refuses decimals for them", async () => {
    const jpy = seeded.sellers.find((seller) => seller.currency === "JPY");
    if (!jpy) throw new Error("the seed has a JPY seller");
    const own = await payoutRowsOf(jpy.id);
    const smallest = Math.min(...own.map((row) => row.amount));
    const page = await listPayouts(db, {
      sellerId: jpy.id,
      params: { amountMax: String(smallest) },
    });
    expect(page.rows.map((row) => row.amount)).toEqual(
      own.filter((row) => row.amount === smallest).map((row) => row.amount),
    );
    expect(
      await validationFieldsAsync(() =>
        listPayouts(db, { sellerId: jpy.id, params: { amountMin: "12.5" } }),
      ),
    ).toEqual(["amountMin"]);
  });

  it("filters by currency", async () => {
    for (const seller of seeded.sellers) {
      const own = await payoutRowsOf(seller.id);
      const same = await listPayouts(db, {
        sellerId: seller.id,
        params: { currency: seller.currency as "USD", pageSize: 100 },
      });
      expect(same.rows.length).toBe(Math.min(own.length, 100));
      const other = seller.currency === "EUR" ? "USD" : "EUR";
      const none = await listPayouts(db, { sellerId: seller.id, params: { currency: other } });
      expect(none.rows).toEqual([]);
      expect(none.totals).toEqual([]);
    }
  });

  it("finds a payout by id prefix or by bank reference, and only the seller's", async () => {
    const sellerId = await busiestSellerId();
    const [target] = await payoutRowsOf(sellerId);
    if (!target) throw new Error("the busiest seller has payouts");
    const byPrefix = await listPayouts(db, { sellerId, params: { search: target.id.slice(0, 7) } });
    expect(byPrefix.rows.map((row) => row.id)).toContain(target.id);
    expect(byPrefix.rows.every((row) => row.id.startsWith(target.id.slice(0, 7)))).toBe(true);
    const byReference = await listPayouts(db, {
      sellerId,
      params: { search: target.bankReference.toLowerCase() },
    });
    expect(byReference.rows.map((row) => row.id)).toEqual([target.id]);
    const other = seeded.sellers.find((seller) => seller.id !== sellerId);
    const fromOther = await listPayouts(db, {
      sellerId: other?.id ?? "",
      params: { search: target.id },
    });
    expect(fromOther.rows).toEqual([]);
  });

  it("treats search text as text, not as a LIKE pattern", async () => {
    const sellerId = await busiestSellerId();
    const page = await listPayouts(db, { sellerId, params: { search: "%" } });
    expect(page.rows).toEqual([]);
  });

  it("turns a malformed URL into a ValidationError naming the field", async () => {
    const sellerId = await busiestSellerId();
    expect(
      await validationFieldsAsync(() =>
        listPayouts(db, {
          sellerId,
          params: { pageSize: "7", status: "lost", from: "2026-13-01" },
        }),
      ),
    ).toEqual(["status.0", "from", "pageSize"]);
    expect(await validationFieldsAsync(() => listPayouts(db, { sellerId: "" }))).toEqual([
      "sellerId",
    ]);
  });

  it("refuses a cursor from another sort instead of misreading it", async () => {
    const sellerId = await busiestSellerId();
    const byAmount = await listPayouts(db, { sellerId, params: { sort: "amount" } });
    expect(byAmount.nextCursor).not.toBeNull();
    expect(
      await validationFieldsAsync(() =>
        listPayouts(db, { sellerId, params: { after: byAmount.nextCursor ?? "" } }),
      ),
    ).toEqual(["after"]);
  });
});
