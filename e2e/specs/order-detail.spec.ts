// An order's detail (metro, read only): what the customer paid, the split, and the payouts
// that included it.
import { orderDetailLabels, orderHref, payoutDetailLabels } from "@payout-styles/ui-core";
import { parseMoney } from "../fixtures/money";
import { expectPageTitle } from "../fixtures/page";
import { metroSeed } from "../fixtures/seeded";
import { metro } from "../fixtures/sellers";
import { readTable, tableNamed } from "../fixtures/table";
import { expect, test } from "../fixtures/test";

const orderId = metroSeed.screenshotOrderId;
const money = (text: string) => parseMoney(text, metro.currency, metro.locale);

test.beforeEach(async ({ signedInPage }) => {
  const page = await signedInPage(metro);
  await page.goto(orderHref(orderId));
  await expectPageTitle(page, orderDetailLabels.title(orderId));
});

test("the items, the payment lines and the split are tables that add up", async ({ page }) => {
  const items = await readTable(tableNamed(page, orderDetailLabels.itemsCaption));
  expect(items.rows.length).toBeGreaterThan(0);

  const payment = await readTable(tableNamed(page, orderDetailLabels.paymentCaption));
  const paid = payment.rows.reduce((total, row) => total + money(row.at(-1) ?? ""), 0);
  expect(paid).toBeGreaterThan(0);

  const split = await readTable(tableNamed(page, orderDetailLabels.splitCaption));
  const splitSum = split.rows.reduce((total, row) => total + money(row.at(-1) ?? ""), 0);
  const totalRow = split.footer.find((row) => row[0] === orderDetailLabels.splitTotal);
  expect(totalRow).toBeDefined();
  expect(splitSum).toBe(money(totalRow?.at(-1) ?? ""));
});

test("the payouts that included the order link to them", async ({ page }) => {
  const payouts = tableNamed(page, orderDetailLabels.payoutsCaption);
  await payouts.getByRole("link", { name: metroSeed.screenshotPayoutId }).click();
  await expectPageTitle(page, payoutDetailLabels.title(metroSeed.screenshotPayoutId));
  await page.goBack();
  await expectPageTitle(page, orderDetailLabels.title(orderId));
  await expect(tableNamed(page, orderDetailLabels.ledgerCaption)).toBeVisible();
});
