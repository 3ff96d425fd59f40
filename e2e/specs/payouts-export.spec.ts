// The CSV export holds exactly the payouts of the current filter.
import { payoutStatusLabels, payoutsLabels } from "@payout-styles/ui-core";
import { csvMinorUnits, csvRecords, parseCsv } from "../fixtures/csv";
import { downloadText } from "../fixtures/download";
import { parseMoney } from "../fixtures/money";
import { metroSeed } from "../fixtures/seeded";
import { metro } from "../fixtures/sellers";
import { column, columnTimes, readTable, tableNamed } from "../fixtures/table";
import { expect, test } from "../fixtures/test";

const payoutsCsvHeader = [
  "payout_id",
  "created_at",
  "arrival_date",
  "status",
  "method",
  "origin",
  "currency",
  "gross_sales",
  "fees_and_adjustments",
  "net_amount",
  "destination_bank",
  "destination_last4",
  "bank_reference",
];

function payoutIdsIn(records: Record<string, string>[]): string[] {
  return records.flatMap((record) =>
    Object.values(record)
      .filter((value) => /^po_[0-9a-z]{14}$/.test(value))
      .slice(0, 1),
  );
}

test("Export CSV downloads the filtered payouts, one row per payout in the table", async ({
  signedInPage,
}) => {
  const page = await signedInPage(metro);
  await page.goto(
    `/payouts?amountMin=${metroSeed.amountRange.min}&amountMax=${metroSeed.amountRange.max}&pageSize=100`,
  );
  const table = tableNamed(page, payoutsLabels.tableCaption);
  const contents = await readTable(table);
  const tableIds = column(contents, payoutsLabels.columns.payoutId);
  expect(tableIds).toHaveLength(metroSeed.amountRange.count);
  const tableNets = column(contents, payoutsLabels.columns.netAmount);
  const tableStatuses = column(contents, payoutsLabels.columns.status);
  const tableArrivals = await columnTimes(table, payoutsLabels.columns.arrivalDate);

  const { name, text } = await downloadText(
    page,
    page.getByRole("link", { name: payoutsLabels.exportCsv }),
  );
  expect(name).toMatch(/\.csv$/);
  const records = csvRecords(text);
  expect(records).toHaveLength(metroSeed.amountRange.count);
  expect(payoutIdsIn(records).sort()).toEqual([...tableIds].sort());
  expect(parseCsv(text.replace(/^\uFEFF/, ""))[0]).toEqual(payoutsCsvHeader);

  // A few rows, field by field: the first, one in the middle and the last.
  for (const index of [0, Math.floor(tableIds.length / 2), tableIds.length - 1]) {
    const record = records.find((candidate) => candidate.payout_id === tableIds[index]);
    expect(record, `the CSV has ${tableIds[index]}`).toBeDefined();
    expect(csvMinorUnits(record?.net_amount ?? "", metro.currency)).toBe(
      parseMoney(tableNets[index] ?? "", metro.currency, metro.locale),
    );
    const status = record?.status as keyof typeof payoutStatusLabels;
    expect(payoutStatusLabels[status]).toBe(tableStatuses[index]);
    expect(tableArrivals[index]?.slice(0, 10)).toBe(record?.arrival_date?.slice(0, 10));
  }
});

test("Export CSV without a filter holds every payout", async ({ signedInPage }) => {
  const page = await signedInPage(metro);
  await page.goto("/payouts");
  const { text } = await downloadText(
    page,
    page.getByRole("link", { name: payoutsLabels.exportCsv }),
  );
  const records = csvRecords(text);
  expect(records).toHaveLength(metroSeed.payoutCount);
  expect(new Set(payoutIdsIn(records)).size).toBe(metroSeed.payoutCount);
});
