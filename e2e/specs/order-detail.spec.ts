// An order's detail (metro, read only): what the customer paid, the split, and the payouts
// that included it.
import { orderDetailLabels, orderHref, payoutDetailLabels } from "@payout-styles/ui-core";
import { parseMoney } from "../fixtures/money";
import { expectPageTitle, statValue } from "../fixtures/page";
import { metroSeed } from "../fixtures/seeded";
import { metro } from "../fixtures/sellers";
import { column, readTable, type TableContents, tableNamed } from "../fixtures/table";
import { expect, test } from "../fixtures/test";

const orderId = metroSeed.screenshotOrderId;
const money = (text: string) => parseMoney(text, metro.currency, metro.locale);

test.beforeEach(async ({ signedInPage }) => {
  const page = await signedInPage(metro);
  await page.goto(orderHref(orderId));
  await expectPageTitle(page, orderDetailLabels.title(orderId));
});

const sumOf = (amounts: string[]) => amounts.reduce((total, text) => total + money(text), 0);

function footerAmount(contents: TableContents, label: string): number {
  const row = contents.footer.find((cells) => cells[0] === label);
  expect(row, `a "${label}" footer row`).toBeDefined();
  return money(row?.at(-1) ?? "");
}

test("the item totals add up to the items subtotal", async ({ page }) => {
  const items = await readTable(tableNamed(page, orderDetailLabels.itemsCaption));
  expect(items.rows.length).toBeGreaterThan(0);
  expect(sumOf(column(items, orderDetailLabels.itemColumns.total))).toBe(
    footerAmount(items, orderDetailLabels.paymentLines.itemsSubtotal),
  );
});

test("the payment lines add up to what the customer paid, as the summary says too", async ({
  page,
}) => {
  const payment = await readTable(tableNamed(page, orderDetailLabels.paymentCaption));
  const paid = footerAmount(payment, orderDetailLabels.customerPaid);
  expect(paid).toBeGreaterThan(0);
  expect(sumOf(column(payment, orderDetailLabels.paymentColumns.amount))).toBe(paid);
  const summary = page.getByRole("region", { name: orderDetailLabels.summaryTitle });
  expect(money(await statValue(summary, orderDetailLabels.customerPaid).innerText())).toBe(paid);
});

test("the split shares out what the customer paid plus the platform's voucher", async ({
  page,
}) => {
  const payment = await readTable(tableNamed(page, orderDetailLabels.paymentCaption));
  const paid = footerAmount(payment, orderDetailLabels.customerPaid);
  const fundedBy = column(payment, orderDetailLabels.paymentColumns.fundedBy);
  const platformVoucher = column(payment, orderDetailLabels.paymentColumns.amount)
    .filter((_, index) => fundedBy[index] === orderDetailLabels.fundedBy.platform)
    .reduce((total, text) => total + Math.abs(money(text)), 0);

  const split = await readTable(tableNamed(page, orderDetailLabels.splitCaption));
  expect(split.rows.length).toBeGreaterThan(1);
  expect(sumOf(column(split, orderDetailLabels.splitColumns.amount))).toBe(paid + platformVoucher);
});

test("the payouts that included the order link to them", async ({ page }) => {
  const payouts = tableNamed(page, orderDetailLabels.payoutsCaption);
  await payouts.getByRole("link", { name: metroSeed.screenshotPayoutId }).click();
  await expectPageTitle(page, payoutDetailLabels.title(metroSeed.screenshotPayoutId));
  await page.goBack();
  await expectPageTitle(page, orderDetailLabels.title(orderId));
  await expect(tableNamed(page, orderDetailLabels.ledgerCaption)).toBeVisible();
});
