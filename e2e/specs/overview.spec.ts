// The overview: balances, the next and last payout, the earnings chart with its table fallback,
// the recent payouts, and the alerts that need the seller (greenbowl's failed payout is checked
// in retry-failed-payout.spec.ts, which then changes it).
import {
  componentLabels,
  formatMoney,
  overviewLabels,
  payoutDetailLabels,
  payoutsLabels,
  settingsLabels,
} from "@payout-styles/ui-core";
import type { Locator } from "@playwright/test";
import { parseMoney } from "../fixtures/money";
import { expectPageTitle, statValue } from "../fixtures/page";
import { metroSeed, sakuraSeed } from "../fixtures/seeded";
import { metro, sakura, sol } from "../fixtures/sellers";
import { readTable, tableNamed } from "../fixtures/table";
import { expect, test } from "../fixtures/test";

test("metro sees its balances, next payout, last payout and the five most recent payouts", async ({
  signedInPage,
}) => {
  const page = await signedInPage(metro);
  await page.goto("/");
  await expectPageTitle(page, overviewLabels.title);
  const money = (text: string | null) => parseMoney(text ?? "", metro.currency, metro.locale);

  const balances = page.getByRole("region", { name: overviewLabels.balancesTitle });
  const shown = async (scope: Locator, label: string) =>
    money(await statValue(scope, label).innerText());
  expect({
    available: await shown(balances, overviewLabels.balances.available),
    pending: await shown(balances, overviewLabels.balances.pending),
    inTransit: await shown(balances, overviewLabels.balances.inTransit),
    reserve: await shown(balances, overviewLabels.balances.reserve),
  }).toEqual(metroSeed.balances);

  const nextPayout = page.getByRole("region", { name: overviewLabels.nextPayoutTitle });
  expect(await shown(nextPayout, overviewLabels.nextPayoutEstimated)).toBe(
    metroSeed.nextPayout.estimatedAmount,
  );
  await expect(nextPayout.locator(`time[datetime='${metroSeed.nextPayout.date}']`)).toBeVisible();

  const lastPayout = page.getByRole("region", { name: overviewLabels.lastPayoutTitle });
  await expect(lastPayout).toContainText(metroSeed.lastPayout.id);
  await expect(lastPayout).toContainText(
    formatMoney(metroSeed.lastPayout.amount, metro.currency, metro.locale),
  );

  const recent = await readTable(tableNamed(page, overviewLabels.recentPayoutsCaption));
  expect(recent.rows).toHaveLength(5);
  expect(recent.rows[0]?.join(" ")).toContain(metroSeed.lastPayout.id);
  await page.getByRole("link", { name: overviewLabels.viewAllPayouts }).click();
  await expectPageTitle(page, payoutsLabels.title);
});

test("the earnings chart has a tooltip per week and a table of the same 12 weeks", async ({
  signedInPage,
}) => {
  const page = await signedInPage(metro);
  await page.goto("/");
  const chart = page.getByRole("figure", { name: overviewLabels.earningsTitle });
  await expect(chart).toBeVisible();
  // A tooltip opens on keyboard focus (focus-visible), as a keyboard user reaches each week;
  // retried because the chart's handlers exist only once it has hydrated.
  const weeks = chart.getByRole("img");
  await expect(async () => {
    await weeks.first().focus();
    await page.keyboard.press("Tab");
    await expect(weeks.nth(1)).toBeFocused({ timeout: 500 });
    await expect(page.getByRole("tooltip")).toHaveCount(1, { timeout: 1_000 });
  }).toPass();
  expect(await weeks.nth(1).getAttribute("aria-label")).toContain(
    overviewLabels.earningsSeries.net,
  );

  await chart.getByText(componentLabels.chartAsTable).click();
  const table = await readTable(chart.getByRole("table"));
  expect(table.rows).toHaveLength(12);
  expect(table.headers.map((header) => header.text)).toEqual([
    overviewLabels.earningsGroupHeader,
    overviewLabels.earningsSeries.gross,
    overviewLabels.earningsSeries.fees,
    overviewLabels.earningsSeries.net,
  ]);
  for (const row of table.rows) {
    const [, gross = "", fees = "", net = ""] = row;
    const amount = (text: string) => parseMoney(text, metro.currency, metro.locale);
    expect(amount(gross) - Math.abs(amount(fees))).toBe(amount(net));
  }
});

test("sol, with no bank account, sees a banner that links to settings", async ({
  signedInPage,
}) => {
  const page = await signedInPage(sol);
  await page.goto("/");
  await expect(page.getByText(overviewLabels.noBankAccountTitle)).toBeVisible();
  await expect(page.getByText(overviewLabels.nextPayoutHeldNoBankAccount)).toBeVisible();
  await expect(page.getByText(overviewLabels.recentPayoutsEmpty)).toBeVisible();
  await page.getByRole("link", { name: overviewLabels.addBankAccount }).click();
  await expectPageTitle(page, settingsLabels.title);
  await expect(page.getByText(settingsLabels.bankAccount.none)).toBeVisible();
});

test("sakura's yen amounts have no decimals", async ({ signedInPage }) => {
  const page = await signedInPage(sakura);
  await page.goto("/");
  const balances = page.getByRole("region", { name: overviewLabels.balancesTitle });
  const available = await statValue(balances, overviewLabels.balances.available).innerText();
  expect(parseMoney(available, sakura.currency, sakura.locale)).toBe(sakuraSeed.available);
  expect(available).not.toMatch(/[.,]\d{2}$/);
  const recent = tableNamed(page, overviewLabels.recentPayoutsCaption);
  await recent.getByRole("link").first().click();
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: new RegExp(`^${payoutDetailLabels.title("po_")}`),
    }),
  ).toBeVisible();
});
