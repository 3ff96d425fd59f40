// The data layer's own benchmark (not a test): how long the full seed takes on the embedded
// default, how fast each screen's queries answer for the largest seller, and whether a CSV
// export's memory stays flat as its rows grow. Run: `pnpm --filter @payout-styles/data bench`.
import { count, desc, eq } from "drizzle-orm";
import {
  exportPayoutsCsv,
  exportPayoutTransactionsCsv,
  getBalances,
  getEarningsSeries,
  getOrderDetail,
  getPayoutDetail,
  listBalanceActivity,
  listPayouts,
  listPayoutTransactions,
  listRecentPayouts,
} from "../src/queries";
import { payoutItems, payouts } from "../src/schema";
import { seedAsOf, seedDatabase } from "../src/seed";
import { openStore } from "../src/store/open-store";
import { percentile } from "./percentile";

const runs = Number(process.env.BENCH_RUNS ?? 200);
const warmups = Math.ceil(runs / 10);
const exposedGc = (globalThis as { gc?: () => void }).gc;
if (!exposedGc) throw new Error("run with node --expose-gc (the package's bench script does)");
const gc = exposedGc;

const megabytes = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

const store = await openStore({ url: "" });
const seedStarted = performance.now();
const summary = await seedDatabase(store, { profile: "full" });
const seedSeconds = (performance.now() - seedStarted) / 1000;
const large = summary.sellers.find((seller) => seller.role === "large");
if (!large) throw new Error("the seed has no large seller");
const sellerId = large.id;

// The payout with the most items is the heaviest detail page and export.
const payoutsBySize = await store.db
  .select({ id: payouts.id, items: count(payoutItems.entryId) })
  .from(payouts)
  .innerJoin(payoutItems, eq(payoutItems.payoutId, payouts.id))
  .where(eq(payouts.sellerId, sellerId))
  .groupBy(payouts.id)
  .orderBy(desc(count(payoutItems.entryId)), payouts.id);
const [largestPayout] = payoutsBySize;
if (!largestPayout) throw new Error("the large seller has no payout");
const paidByAmount = { status: ["paid" as const], sort: "amount" as const };
const firstPage = await listPayouts(store.db, { sellerId, params: paidByAmount });
const someOrderId = (
  await listPayoutTransactions(store.db, { sellerId, payoutId: largestPayout.id })
).find((row) => row.orderId)?.orderId;
if (!someOrderId) throw new Error("the largest payout includes no order");

const cases: Array<[string, () => Promise<unknown>]> = [
  ["overview: balances + next payout", () => getBalances(store.db, { sellerId, asOf: seedAsOf })],
  [
    "overview: earnings, 12 weeks",
    () =>
      getEarningsSeries(store.db, { sellerId, asOf: seedAsOf, granularity: "week", periods: 12 }),
  ],
  ["payouts: first page + totals", () => listPayouts(store.db, { sellerId, params: {} })],
  [
    "payouts: paid, by amount, page 2",
    () =>
      listPayouts(store.db, {
        sellerId,
        params: { ...paidByAmount, after: firstPage.nextCursor ?? undefined },
      }),
  ],
  ["overview: recent payouts", () => listRecentPayouts(store.db, { sellerId })],
  [
    "payouts: CSV of every payout",
    async () => {
      for await (const _ of await exportPayoutsCsv(store.db, { sellerId })) {
      }
    },
  ],
  [
    "payout detail: largest payout",
    () => getPayoutDetail(store.db, { sellerId, payoutId: largestPayout.id }),
  ],
  [
    "payout detail: its transactions (all rows)",
    () => listPayoutTransactions(store.db, { sellerId, payoutId: largestPayout.id }),
  ],
  [
    "activity: first page",
    () => listBalanceActivity(store.db, { sellerId, asOf: seedAsOf, params: {} }),
  ],
  ["order detail", () => getOrderDetail(store.db, { sellerId, orderId: someOrderId })],
];

const timings = [];
for (const [name, run] of cases) {
  for (let index = 0; index < warmups; index += 1) await run();
  const samples: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  timings.push({ query: name, p50: percentile(samples, 50), p99: percentile(samples, 99) });
}

// The export is timed on its own, then read again with a forced GC every `sampleEvery` rows and
// a heap reading, so the memory figure is what the export holds on to, not garbage. Memory is
// read with the default batch of 1,000 rows and with batches of 100: streamed, it follows the
// batch size, not the number of rows.
const sampleEvery = 50;

async function exportLines(payoutId: string, batchSize: number, onLine: (count: number) => void) {
  let lines = 0;
  const csv = await exportPayoutTransactionsCsv(store.db, { sellerId, payoutId, batchSize });
  for await (const _line of csv) onLine(++lines);
  return lines - 1; // the header is not a row
}

async function peakRetainedKb(payoutId: string, batchSize: number) {
  gc();
  const baseline = process.memoryUsage().heapUsed;
  let peak = 0;
  await exportLines(payoutId, batchSize, (count) => {
    if (count % sampleEvery !== 0) return;
    gc();
    peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
  });
  return Math.round(peak / 1024);
}

async function exportProfile(payoutId: string) {
  const started = performance.now();
  const rows = await exportLines(payoutId, 1_000, () => {});
  const ms = performance.now() - started;
  return {
    rows,
    ms,
    peakKbBatch1000: await peakRetainedKb(payoutId, 1_000),
    peakKbBatch100: await peakRetainedKb(payoutId, 100),
  };
}

// Three payouts of growing size: flat memory means the peak does not grow with the rows.
const exportSamples = [
  payoutsBySize[Math.floor(payoutsBySize.length * 0.9)],
  payoutsBySize[Math.floor(payoutsBySize.length * 0.5)],
  largestPayout,
].filter((payout) => payout !== undefined);
const exports = [];
for (const payout of exportSamples) exports.push(await exportProfile(payout.id));

await store.close();

console.log(`\n## Data layer benchmark (PGlite, embedded)\n`);
console.log(
  `Full seed: ${seedSeconds.toFixed(1)} s for ${large.orders} orders of the large seller, ` +
    `${summary.counts.ledger_entries} ledger entries in all; peak RSS ${megabytes(process.resourceUsage().maxRSS * 1024)} MB.`,
);
console.log(`\nQueries for the large seller (${runs} runs after ${warmups} warm-ups):\n`);
console.log("| query | p50 ms | p99 ms |\n|---|---:|---:|");
for (const { query, p50, p99 } of timings)
  console.log(`| ${query} | ${p50.toFixed(1)} | ${p99.toFixed(1)} |`);
console.log("\nCSV export of a payout's transactions, streamed:\n");
console.log(
  "| rows | time ms | peak retained heap KB, batches of 1,000 | same, batches of 100 |\n|---:|---:|---:|---:|",
);
for (const { rows, ms, peakKbBatch1000, peakKbBatch100 } of exports) {
  console.log(`| ${rows} | ${ms.toFixed(0)} | ${peakKbBatch1000} | ${peakKbBatch100} |`);
}
