// The first step of the main job (`npm start`): make sure the local database holds the demo
// data (seeding it on first run), then print who can sign in; the dashboards are served next.
import { count, sql } from "drizzle-orm";
import { isCurrencyCode, minorPerMajor } from "../money/currency";
import { getBalances } from "../queries";
import { ledgerEntries, orders, payouts, sellers } from "../schema";
import { demoSellers, seedAsOf, seedDatabase } from "../seed";
import { describeLocalStore, openLocalStore } from "./local-store";

const store = await openLocalStore();
try {
  const [existing] = await store.db.select({ sellers: count() }).from(sellers);
  if (!existing?.sellers) {
    console.log(`Seeding the demo data into ${describeLocalStore()}…`);
    const started = performance.now();
    await seedDatabase(store, { profile: "full" });
    console.log(`Seeded in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  } else {
    console.log(`Using the demo data already in ${describeLocalStore()}.`);
  }

  const countBySeller = async (table: typeof orders | typeof payouts) => {
    const counted = await store.db
      .select({ sellerId: table.sellerId, rows: count() })
      .from(table)
      .groupBy(table.sellerId);
    return new Map(counted.map((row) => [row.sellerId, row.rows]));
  };
  const orderCounts = await countBySeller(orders);
  const payoutCounts = await countBySeller(payouts);
  const rows = await store.db.select().from(sellers).orderBy(sellers.email);

  console.log(`\nDemo sellers, as of ${seedAsOf.toISOString()}:`);
  const table = [];
  for (const row of rows) {
    const demo = demoSellers.find((seller) => seller.email === row.email);
    const { balances, held } = await getBalances(store.db, { sellerId: row.id, asOf: seedAsOf });
    const money = new Intl.NumberFormat(row.locale, { style: "currency", currency: row.currency });
    const balance = balances.find((entry) => entry.currency === row.currency);
    table.push({
      seller: row.name,
      email: row.email,
      password: demo?.password ?? "(not a demo seller)",
      orders: orderCounts.get(row.id) ?? 0,
      payouts: `${payoutCounts.get(row.id) ?? 0}${held ? " (held)" : ""}`,
      // Display only: the integer minor units are converted for Intl.NumberFormat here.
      available: isCurrencyCode(row.currency)
        ? money.format((balance?.available ?? 0) / minorPerMajor(row.currency))
        : `${balance?.available ?? 0} (minor units)`,
    });
  }
  console.table(table);

  const [entries] = await store.db.select({ entries: count() }).from(ledgerEntries);
  const [unbalanced] = await store.db
    .select({ transactions: count() })
    .from(
      store.db
        .select({ id: ledgerEntries.transactionId })
        .from(ledgerEntries)
        .groupBy(ledgerEntries.transactionId)
        .having(sql`sum(${ledgerEntries.amount}) <> 0`)
        .as("unbalanced"),
    );
  console.log(
    `\n${entries?.entries ?? 0} ledger entries; ${unbalanced?.transactions ?? 0} unbalanced transactions.`,
  );
} finally {
  await store.close();
}
