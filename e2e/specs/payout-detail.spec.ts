// A payout's detail (metro's largest payout, read only): the breakdown adds up to the net, the
// transactions table sorts, filters and shows all in the browser, and every transaction leads to
// its order, whose page leads back to the payout.
import {
  orderDetailLabels,
  payoutDetailLabels,
  payoutHref,
  payoutStatusLabels,
} from "@payout-styles/ui-core";
import type { Page } from "@playwright/test";
import { csvMinorUnits, csvRecords, parseCsv } from "../fixtures/csv";
import { downloadText } from "../fixtures/download";
import { parseMoney } from "../fixtures/money";
import { expectPageTitle, statValue } from "../fixtures/page";
import { metroSeed } from "../fixtures/seeded";
import { metro } from "../fixtures/sellers";
import { column, readTable, sortOf, tableNamed } from "../fixtures/table";
import { expect, test } from "../fixtures/test";

const payoutId = metroSeed.screenshotPayoutId;
const transactionsCsvHeader = [
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
];
const money = (text: string) => parseMoney(text, metro.currency, metro.locale);
const transactionsTable = (page: Page) => tableNamed(page, payoutDetailLabels.transactionsCaption);
const shownLine = (page: Page) => page.getByText(/^Showing [\d,]+ of [\d,]+ transactions$/);

async function shownCounts(page: Page): Promise<{ shown: number; total: number }> {
  const text = await shownLine(page).innerText();
  const [shown = 0, total = 0] = (text.match(/[\d,]+/g) ?? []).map((n) =>
    Number(n.replaceAll(",", "")),
  );
  return { shown, total };
}

test.beforeEach(async ({ signedInPage }) => {
  const page = await signedInPage(metro);
  await page.goto(payoutHref(payoutId));
  await expectPageTitle(page, payoutDetailLabels.title(payoutId));
});

test("the net amount comes first, with status, destination and bank reference", async ({
  page,
}) => {
  const net = statValue(page, payoutDetailLabels.netAmount);
  await expect(net).toBeVisible();
  const breakdown = await tableNamed(page, payoutDetailLabels.breakdownCaption).elementHandle();
  expect(
    await net.evaluate(
      (element, later) =>
        Boolean(later && element.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING),
      breakdown,
    ),
    "the net amount comes before the breakdown",
  ).toBe(true);
  expect(money(await net.innerText())).toBe(metroSeed.screenshotPayoutNet);
  await expect(page.getByText(payoutStatusLabels.paid).first()).toBeVisible();
  await expect(page.getByText(/Bank ••••\d{4}|•••• \d{4}|••••\d{4}/).first()).toBeVisible();
  await expect(page.getByText(payoutDetailLabels.bankReference).first()).toBeVisible();
  await expect(page.getByRole("list", { name: payoutDetailLabels.timelineLabel })).toBeVisible();
});

test("the breakdown's lines add up exactly to the net payout", async ({ page }) => {
  const breakdown = await readTable(tableNamed(page, payoutDetailLabels.breakdownCaption));
  const affectingNet = breakdown.rows.filter(
    (row) => !(row[0] ?? "").includes(payoutDetailLabels.platformFundedNote),
  );
  const sum = affectingNet.reduce((total, row) => total + money(row.at(-1) ?? ""), 0);
  const totalRow = breakdown.footer.find((row) => row[0] === payoutDetailLabels.breakdownTotal);
  expect(totalRow, "the breakdown has a net payout total row").toBeDefined();
  const net = money(totalRow?.at(-1) ?? "");
  expect(net).toBe(metroSeed.screenshotPayoutNet);
  expect(sum).toBe(net);
});

test("transactions: show all, sort by net both ways and filter, in the browser", async ({
  page,
}) => {
  const before = await shownCounts(page);
  expect(before.total).toBeGreaterThan(before.shown);
  await page.getByRole("button", { name: /^Show all/ }).click();
  await expect
    .poll(async () => (await readTable(transactionsTable(page))).rows.length, {
      timeout: 20_000,
    })
    .toBe(before.total);

  const netHeader = transactionsTable(page).getByRole("columnheader", {
    name: new RegExp(`^${payoutDetailLabels.transactionColumns.net}`),
  });
  await netHeader.getByRole("button").click();
  const once = await readTable(transactionsTable(page));
  const direction = sortOf(once, payoutDetailLabels.transactionColumns.net);
  expect(direction).toMatch(/ascending|descending/);
  const nets = column(once, payoutDetailLabels.transactionColumns.net).map(money);
  expect(nets).toEqual([...nets].sort((a, b) => (direction === "ascending" ? a - b : b - a)));

  await netHeader.getByRole("button").click();
  const twice = await readTable(transactionsTable(page));
  expect(sortOf(twice, payoutDetailLabels.transactionColumns.net)).not.toBe(direction);

  const orderId = column(twice, payoutDetailLabels.transactionColumns.orderId).find((id) =>
    id.startsWith("ord_"),
  );
  expect(orderId).toBeDefined();
  await page
    .getByRole("searchbox", { name: payoutDetailLabels.filterTransactions })
    .fill(orderId ?? "");
  await expect
    .poll(async () => {
      const filtered = await readTable(transactionsTable(page));
      return (
        filtered.rows.length > 0 &&
        filtered.rows.every((row) => row.join(" ").includes(orderId ?? ""))
      );
    })
    .toBe(true);
});

test("a transaction leads to its order, and the order leads back to this payout", async ({
  page,
}) => {
  const firstOrderLink = transactionsTable(page).getByRole("link", { name: /^ord_/ }).first();
  const orderId = (await firstOrderLink.innerText()).trim();
  await firstOrderLink.click();
  await expectPageTitle(page, orderDetailLabels.title(orderId));
  const payouts = tableNamed(page, orderDetailLabels.payoutsCaption);
  await payouts.getByRole("link", { name: payoutId }).click();
  await expectPageTitle(page, payoutDetailLabels.title(payoutId));
});

test("Export CSV downloads every transaction of the payout", async ({ page }) => {
  const { total } = await shownCounts(page);
  const { text } = await downloadText(
    page,
    page.getByRole("link", { name: payoutDetailLabels.exportCsv }),
  );
  const records = csvRecords(text);
  expect(records).toHaveLength(total);
  expect(parseCsv(text.replace(/^\uFEFF/, ""))[0]).toEqual(transactionsCsvHeader);
  const netSum = records.reduce(
    (sum, record) => sum + csvMinorUnits(record.net ?? "", metro.currency),
    0,
  );
  expect(netSum).toBe(metroSeed.screenshotPayoutNet);
});
