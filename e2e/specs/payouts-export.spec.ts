// The CSV export holds exactly the payouts of the current filter.
import { payoutsLabels } from "@payout-styles/ui-core";
import { csvRecords } from "../fixtures/csv";
import { downloadText } from "../fixtures/download";
import { metroSeed } from "../fixtures/seeded";
import { metro } from "../fixtures/sellers";
import { column, readTable, tableNamed } from "../fixtures/table";
import { expect, test } from "../fixtures/test";

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
  const tableIds = column(
    await readTable(tableNamed(page, payoutsLabels.tableCaption)),
    payoutsLabels.columns.payoutId,
  );
  expect(tableIds).toHaveLength(metroSeed.amountRange.count);

  const { name, text } = await downloadText(
    page,
    page.getByRole("link", { name: payoutsLabels.exportCsv }),
  );
  expect(name).toMatch(/\.csv$/);
  const records = csvRecords(text);
  expect(records).toHaveLength(metroSeed.amountRange.count);
  expect(payoutIdsIn(records).sort()).toEqual([...tableIds].sort());
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
