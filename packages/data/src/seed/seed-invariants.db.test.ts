// The seeded data obeys the model's invariants, checked in SQL on what was actually stored.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canTransition, type PayoutStatus } from "../domain/payout-status";
import type { PayoutStore } from "../store/open-store";
import { openTestStore } from "../testing/test-store";
import type { SellerRole } from "./demo-sellers";
import { seedAsOf } from "./seed-clock";
import { seedDatabase } from "./seed-database";

let store: PayoutStore;
let sellerIds: Record<SellerRole, string>;

beforeAll(async () => {
  store = await openTestStore();
  const summary = await seedDatabase(store, { profile: "test" });
  sellerIds = Object.fromEntries(
    summary.sellers.map((seller) => [seller.role, seller.id]),
  ) as Record<SellerRole, string>;
});
afterAll(() => store.close());

const rows = <Row>(text: string, params: unknown[] = []) => store.query<Row>(text, params);

describe("the seeded ledger", () => {
  it("has only transactions whose entries sum to zero, with at least two entries each", async () => {
    const unbalanced = await rows(
      `SELECT t.id FROM ledger_transactions t JOIN ledger_entries e ON e.transaction_id = t.id
        GROUP BY t.id HAVING sum(e.amount) <> 0 OR count(*) < 2`,
    );
    expect(unbalanced).toEqual([]);
  });

  it("keeps every seller's available balance at or above zero as of seedAsOf", async () => {
    const balances = await rows<{ seller_id: string; available: number }>(
      `SELECT s.id AS seller_id, coalesce(sum(e.amount), 0) AS available
         FROM sellers s LEFT JOIN ledger_entries e ON e.seller_id = s.id
          AND e.account = 'seller_payable' AND e.effective_at <= $1
        GROUP BY s.id`,
      [seedAsOf],
    );
    expect(balances).toHaveLength(6);
    for (const balance of balances) expect(balance.available).toBeGreaterThanOrEqual(0);
  });

  it("resolves every foreign key (the load skips the row-by-row checks)", async () => {
    const foreignKeys = await rows<{
      child: string;
      columns: string;
      parent: string;
      keys: string;
    }>(
      `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
              (SELECT string_agg(quote_ident(attname), ',' ORDER BY attnum) FROM pg_attribute
                WHERE attrelid = c.conrelid AND attnum = ANY (c.conkey)) AS columns,
              (SELECT string_agg(quote_ident(attname), ',' ORDER BY attnum) FROM pg_attribute
                WHERE attrelid = c.confrelid AND attnum = ANY (c.confkey)) AS keys
         FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
    );
    expect(foreignKeys.length).toBeGreaterThan(10);
    for (const { child, columns, parent, keys } of foreignKeys) {
      const [dangling] = await rows<{ count: number }>(
        `SELECT count(*) AS count FROM ${child} c WHERE (${columns}) IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM ${parent} p WHERE (p.${keys}) = (c.${columns}))`,
      );
      expect(dangling?.count, `${child}(${columns}) → ${parent}`).toBe(0);
    }
  });

  it("dates nothing after seedAsOf except entries that become available later", async () => {
    const [late] = await rows<{ count: number }>(
      `SELECT (SELECT count(*) FROM orders WHERE created_at > $1)
            + (SELECT count(*) FROM payouts WHERE created_at > $1)
            + (SELECT count(*) FROM payout_events WHERE occurred_at > $1)
            + (SELECT count(*) FROM refunds WHERE created_at > $1)
            + (SELECT count(*) FROM ledger_transactions
                WHERE occurred_at > $1 AND kind <> 'reserve_release') AS count`,
      [seedAsOf],
    );
    expect(late?.count).toBe(0);
  });
});

describe("the seeded payouts", () => {
  it("are made of items that add up to the amount, for scheduled and retry payouts", async () => {
    const mismatched = await rows(
      `SELECT p.id FROM payouts p LEFT JOIN payout_items i ON i.payout_id = p.id
        LEFT JOIN ledger_entries e ON e.id = i.entry_id
        WHERE p.origin IN ('scheduled', 'retry')
        GROUP BY p.id, p.amount, p.fee, p.gross_amount
       HAVING coalesce(sum(e.amount), 0) <> p.amount OR p.amount + p.fee <> p.gross_amount`,
    );
    expect(mismatched).toEqual([]);
  });

  it("claim only seller-payable entries, never a payout's own debit", async () => {
    const [wrong] = await rows<{ count: number }>(
      `SELECT count(*) AS count FROM payout_items i JOIN ledger_entries e ON e.id = i.entry_id
        WHERE e.account <> 'seller_payable' OR e.kind = 'payout'`,
    );
    expect(wrong?.count).toBe(0);
  });

  it("have a retry whose only item is the failed payout's return entry", async () => {
    const retries = await rows<{
      items: number;
      kind: string;
      failed_payout: string;
      retry_of: string;
    }>(
      `SELECT count(*) AS items, min(e.kind::text) AS kind, min(t.payout_id) AS failed_payout,
              p.retry_of
         FROM payouts p JOIN payout_items i ON i.payout_id = p.id
         JOIN ledger_entries e ON e.id = i.entry_id
         JOIN ledger_transactions t ON t.id = e.transaction_id
        WHERE p.origin = 'retry' GROUP BY p.id, p.retry_of`,
    );
    expect(retries.length).toBeGreaterThan(0);
    for (const retry of retries) {
      expect(retry).toMatchObject({
        items: 1,
        kind: "payout_return",
        failed_payout: retry.retry_of,
      });
    }
  });

  it("store the status of their latest event, reached along the state machine", async () => {
    const events = await rows<{ payout_id: string; status: PayoutStatus; payout_status: string }>(
      `SELECT e.payout_id, e.status, p.status AS payout_status
         FROM payout_events e JOIN payouts p ON p.id = e.payout_id
        ORDER BY e.payout_id, e.occurred_at, e.id`,
    );
    const byPayout = new Map<string, typeof events>();
    for (const event of events) {
      const history = byPayout.get(event.payout_id) ?? [];
      history.push(event);
      byPayout.set(event.payout_id, history);
    }
    expect(byPayout.size).toBe((await rows("SELECT id FROM payouts")).length);
    for (const [payoutId, history] of byPayout) {
      for (let index = 1; index < history.length; index += 1) {
        const from = history[index - 1]?.status as PayoutStatus;
        const to = history[index]?.status as PayoutStatus;
        expect(canTransition(from, to), `${payoutId}: ${from} → ${to}`).toBe(true);
      }
      expect(history.at(-1)?.status, payoutId).toBe(history[0]?.payout_status);
    }
  });

  it("are scheduled only on the seller's payout days, once per period", async () => {
    const [duplicates] = await rows<{ count: number }>(
      `SELECT count(*) AS count FROM (SELECT 1 FROM payouts WHERE origin = 'scheduled'
        GROUP BY seller_id, period_key HAVING count(*) > 1) d`,
    );
    expect(duplicates?.count).toBe(0);
    const [jpyMonthEnds] = await rows<{ days: string[] }>(
      `SELECT array_agg(period_key ORDER BY period_key) AS days FROM payouts
        WHERE seller_id = $1 AND origin = 'scheduled'`,
      [sellerIds.jpy],
    );
    // Monthly on the 31st: September has 30 days, so its payout falls on the 30th.
    expect(jpyMonthEnds?.days).toEqual(["scheduled:2026-09-30", "scheduled:2026-10-31"]);
  });
});

describe("the demo sellers", () => {
  it("include a JPY seller whose amounts have no minor unit", async () => {
    const [seller] = await rows<{ currency: string }>(
      "SELECT currency FROM sellers WHERE id = $1",
      [sellerIds.jpy],
    );
    expect(seller?.currency).toBe("JPY");
  });

  it("include a seller without a bank account, whose balance is held, never paid out", async () => {
    const [noBank] = await rows<{ accounts: number; payouts: number; held: number }>(
      `SELECT (SELECT count(*) FROM bank_accounts WHERE seller_id = $1) AS accounts,
              (SELECT count(*) FROM payouts WHERE seller_id = $1) AS payouts,
              (SELECT sum(amount) FROM ledger_entries WHERE seller_id = $1
                 AND account = 'seller_payable' AND effective_at <= $2) AS held`,
      [sellerIds.noBank, seedAsOf],
    );
    expect(noBank).toMatchObject({ accounts: 0, payouts: 0 });
    expect(noBank?.held).toBeGreaterThan(0);
  });

  it("include a seller whose latest payout failed, unretried, on an unreplaced account", async () => {
    const [latest] = await rows<{
      id: string;
      status: string;
      failure_code: string;
      retries: number;
    }>(
      `SELECT p.id, p.status, p.failure_code,
              (SELECT count(*) FROM payouts r WHERE r.retry_of = p.id) AS retries
         FROM payouts p WHERE p.seller_id = $1 ORDER BY p.created_at DESC LIMIT 1`,
      [sellerIds.failedPayout],
    );
    expect(latest).toMatchObject({ status: "failed", failure_code: "account_closed", retries: 0 });
    const [failedToCurrent] = await rows<{ count: number }>(
      `SELECT count(*) AS count FROM payouts p JOIN bank_accounts b ON b.id = p.bank_account_id
        WHERE p.id = $1 AND b.replaced_at IS NULL`,
      [latest?.id],
    );
    expect(failedToCurrent?.count).toBe(1);
  });

  it("include a USD seller with a reversal and a payout that was paid, then returned", async () => {
    const [reversal] = await rows<{ original_status: string; returned: number }>(
      `SELECT o.status AS original_status,
              (SELECT sum(e.amount) FROM ledger_transactions t
                 JOIN ledger_entries e ON e.transaction_id = t.id
                WHERE t.payout_id = r.id AND t.kind = 'payout_reversal'
                  AND e.account = 'seller_payable') AS returned
         FROM payouts r JOIN payouts o ON o.id = r.reversal_of
        WHERE r.seller_id = $1 AND r.origin = 'reversal'`,
      [sellerIds.usd],
    );
    expect(reversal?.original_status).toBe("paid");
    expect(reversal?.returned).toBeGreaterThan(0);
    const returnedAfterPaid = await rows<{ statuses: string[] }>(
      `SELECT array_agg(e.status::text ORDER BY e.occurred_at, e.id) AS statuses
         FROM payouts p JOIN payout_events e ON e.payout_id = p.id
        WHERE p.seller_id = $1 GROUP BY p.id
       HAVING array_agg(e.status::text ORDER BY e.occurred_at, e.id) = '{pending,in_transit,paid,failed}'`,
      [sellerIds.usd],
    );
    expect(returnedAfterPaid).toHaveLength(1);
  });

  it("include payouts still on their way as of seedAsOf", async () => {
    const [onTheWay] = await rows<{ count: number }>(
      "SELECT count(*) AS count FROM payouts WHERE status IN ('pending', 'in_transit')",
    );
    expect(onTheWay?.count).toBeGreaterThan(0);
  });
});
