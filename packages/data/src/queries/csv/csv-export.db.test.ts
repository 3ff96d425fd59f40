import { parse } from "csv-parse/sync";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError, ValidationError } from "../../errors";
import type { CurrencyCode } from "../../money/currency";
import { payouts } from "../../schema";
import type { Database } from "../../store/open-store";
import { openSeededStore, type SeededStore } from "../../testing/seeded-store";
import { formatMinorUnits } from "../major-units";
import { listPayouts, type PayoutListRow } from "../payout-list";
import { listPayoutTransactions } from "../payout-transactions";
import { exportPayoutTransactionsCsv } from "./payout-transactions-csv";
import { exportPayoutsCsv } from "./payouts-csv";

let seeded: SeededStore;
let db: Database;

beforeAll(async () => {
  seeded = await openSeededStore();
  db = seeded.store.db;
});
afterAll(() => seeded.store.close());

/** Reads RFC 4180 text back into records; a record ends only at CRLF, as the exports write. */
function readCsv(text: string): string[][] {
  return parse(text, { record_delimiter: "\r\n" }) as string[][];
}

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const collected: string[] = [];
  for await (const line of lines) collected.push(line);
  return collected;
}

/** The database handle, counting the queries started through it. */
function countingQueries(database: Database) {
  const counter = { selects: 0 };
  const proxy = new Proxy(database, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property !== "select" || typeof value !== "function") return value;
      return (...args: unknown[]) => {
        counter.selects += 1;
        return value.apply(target, args);
      };
    },
  });
  return { db: proxy, counter };
}

async function largestPayout() {
  const all = await db.select().from(payouts).orderBy(asc(payouts.id));
  let best = { payout: all[0], transactions: 0 };
  for (const payout of all) {
    const rows = await listPayoutTransactions(db, {
      sellerId: payout.sellerId,
      payoutId: payout.id,
    });
    if (rows.length > best.transactions) best = { payout, transactions: rows.length };
  }
  if (!best.payout) throw new Error("the seed has payouts");
  return { payout: best.payout, transactions: best.transactions };
}

describe("exportPayoutTransactionsCsv", () => {
  it("writes one record per included transaction, with exact major-unit amounts", async () => {
    for (const payout of (await db.select().from(payouts)).slice(0, 40)) {
      const input = { sellerId: payout.sellerId, payoutId: payout.id };
      const rows = await listPayoutTransactions(db, input);
      const [header, ...records] = readCsv(
        (await collect(await exportPayoutTransactionsCsv(db, input))).join(""),
      );
      expect(header).toEqual([
        "transaction_id",
        "type",
        "occurred_at",
        "order_id",
        "description",
        "currency",
        "gross",
        "fees",
        "reserve",
        "net",
      ]);
      expect(records).toHaveLength(rows.length);
      const money = (amount: number) => formatMinorUnits(amount, payout.currency as CurrencyCode);
      records.forEach((record, index) => {
        const row = rows[index];
        expect(record).toEqual([
          String(row?.transactionId),
          row?.kind,
          row?.occurredAt.toISOString(),
          row?.orderId ?? "",
          row?.description,
          payout.currency,
          money(row?.gross ?? 0),
          money(row?.fees ?? 0),
          money(row?.reserve ?? 0),
          money(row?.net ?? 0),
        ]);
      });
    }
  });

  it("reads the database one batch at a time, only as records are asked for", async () => {
    const { payout, transactions } = await largestPayout();
    const batchSize = 10;
    expect(transactions).toBeGreaterThan(batchSize * 2);
    const { db: counted, counter } = countingQueries(db);
    const lines = await exportPayoutTransactionsCsv(counted, {
      sellerId: payout.sellerId,
      payoutId: payout.id,
      batchSize,
    });
    const accessCheck = counter.selects;
    const iterator = lines[Symbol.asyncIterator]();
    await iterator.next(); // the header: nothing read yet
    expect(counter.selects).toBe(accessCheck);
    await iterator.next(); // the first record: one batch read
    expect(counter.selects).toBe(accessCheck + 1);
    let records = 1;
    while (!(await iterator.next()).done) records += 1;
    expect(records).toBe(transactions);
    expect(counter.selects - accessCheck).toBe(Math.floor(transactions / batchSize) + 1);
  });

  it("refuses another seller's payout before writing anything", async () => {
    const [payout] = await db.select().from(payouts).limit(1);
    const other = seeded.sellers.find((seller) => seller.id !== payout?.sellerId);
    await expect(
      exportPayoutTransactionsCsv(db, { sellerId: other?.id ?? "", payoutId: payout?.id ?? "" }),
    ).rejects.toThrow(NotFoundError);
  });
});

describe("exportPayoutsCsv", () => {
  it("writes every payout of the filter in the list's order, amounts formatted per currency", async () => {
    for (const seller of seeded.sellers) {
      const params = { sort: "amount" as const, status: ["paid" as const] };
      const listed: PayoutListRow[] = [];
      let after: string | undefined;
      do {
        const page = await listPayouts(db, {
          sellerId: seller.id,
          params: { ...params, pageSize: 100, after },
        });
        listed.push(...page.rows);
        after = page.nextCursor ?? undefined;
      } while (after);
      const csv = await exportPayoutsCsv(db, { sellerId: seller.id, params, batchSize: 7 });
      const [header, ...records] = readCsv((await collect(csv)).join(""));
      expect(header?.[0]).toBe("payout_id");
      expect(records.map((record) => record[0])).toEqual(listed.map((row) => row.id));
      const money = (amount: number) => formatMinorUnits(amount, seller.currency as CurrencyCode);
      records.forEach((record, index) => {
        const row = listed[index];
        expect(record.slice(7, 10)).toEqual([
          money(row?.grossSales ?? 0),
          money(row?.feesAndAdjustments ?? 0),
          money(row?.amount ?? 0),
        ]);
        if (seller.currency === "JPY") expect(record[9]).toMatch(/^-?\d+$/);
        else expect(record[9]).toMatch(/^-?\d+\.\d{2}$/);
      });
    }
  });

  it("exports only the seller's payouts", async () => {
    for (const seller of seeded.sellers) {
      const own = await db
        .select({ id: payouts.id })
        .from(payouts)
        .where(eq(payouts.sellerId, seller.id));
      const [, ...records] = readCsv(
        (await collect(await exportPayoutsCsv(db, { sellerId: seller.id }))).join(""),
      );
      expect(records.map((record) => record[0]).sort()).toEqual(own.map((row) => row.id).sort());
    }
  });

  it("refuses malformed params before writing anything", async () => {
    const sellerId = seeded.sellers[0]?.id ?? "";
    await expect(exportPayoutsCsv(db, { sellerId, params: { status: "lost" } })).rejects.toThrow(
      ValidationError,
    );
    await expect(exportPayoutsCsv(db, { sellerId: "sel_nobody" })).rejects.toThrow(NotFoundError);
  });
});
