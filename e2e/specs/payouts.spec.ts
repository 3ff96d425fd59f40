// The payouts list of metro (153 paid payouts), read only: every filter, sort, page size and
// page, each kept in the URL so reload and back show the same list.
import { componentLabels, payoutStatusLabels, payoutsLabels } from "@payout-styles/ui-core";
import type { Page } from "@playwright/test";
import { parseMoney } from "../fixtures/money";
import { expectPageTitle, statValue, urlParams } from "../fixtures/page";
import { greenbowlSeed, metroSeed } from "../fixtures/seeded";
import { greenbowl, metro } from "../fixtures/sellers";
import { column, columnTimes, readTable, sortOf, tableNamed } from "../fixtures/table";
import { expect, test } from "../fixtures/test";

const { columns, filters, totals } = payoutsLabels;
const payoutsTable = (page: Page) => tableNamed(page, payoutsLabels.tableCaption);
const totalsRegion = (page: Page) => page.getByRole("region", { name: payoutsLabels.totalsTitle });
const ids = async (page: Page) => column(await readTable(payoutsTable(page)), columns.payoutId);
const netAmounts = async (page: Page) =>
  column(await readTable(payoutsTable(page)), columns.netAmount).map((text) =>
    parseMoney(text, metro.currency, metro.locale),
  );
const pagination = (page: Page) => page.getByRole("navigation", { name: payoutsLabels.pagination });

/** Repeated keys or comma-separated values: both are the URL's list format. */
function statusesInUrl(page: Page): string[] {
  return new URL(page.url()).searchParams.getAll("status").flatMap((value) => value.split(","));
}

async function expectCount(page: Page, count: number) {
  await expect(statValue(totalsRegion(page), totals.count)).toHaveText(String(count));
}

test.describe("as metro", () => {
  test.beforeEach(async ({ signedInPage }) => {
    const page = await signedInPage(metro);
    await page.goto("/payouts");
    await expectPageTitle(page, payoutsLabels.title);
  });

  test("the first page lists 25 payouts, newest arrival first, with the totals of all of them", async ({
    page,
  }) => {
    const contents = await readTable(payoutsTable(page));
    expect(contents.rows).toHaveLength(25);
    expect(sortOf(contents, columns.arrivalDate)).toBe("descending");
    expect(column(contents, columns.status).every((s) => s === payoutStatusLabels.paid)).toBe(true);
    expect(column(contents, columns.destination).every((d) => /^Bank ••••\d{4}$/.test(d))).toBe(
      true,
    );
    await expectCount(page, metroSeed.payoutCount);
  });

  test("page sizes and next/previous pages survive reload and the back button", async ({
    page,
  }) => {
    const firstPage = await ids(page);
    await pagination(page).getByRole("link", { name: "50", exact: true }).click();
    await expect(page).toHaveURL(/pageSize=50/);
    await expect.poll(async () => (await ids(page)).length).toBe(50);
    const fifty = await ids(page);
    expect(fifty.slice(0, 25)).toEqual(firstPage);

    await pagination(page).getByRole("link", { name: componentLabels.nextPage }).click();
    await expect(page).toHaveURL(/after=/);
    await expect.poll(() => ids(page)).not.toEqual(fifty);
    const secondPage = await ids(page);
    expect(secondPage).toHaveLength(50);
    expect(secondPage.some((id) => fifty.includes(id))).toBe(false);

    await page.reload();
    expect(await ids(page)).toEqual(secondPage);

    await pagination(page).getByRole("link", { name: componentLabels.previousPage }).click();
    await expect.poll(() => ids(page)).toEqual(fifty);

    await page.goBack();
    await expect.poll(() => ids(page)).toEqual(secondPage);
    await page.goBack();
    await expect.poll(() => ids(page)).toEqual(fifty);

    await pagination(page).getByRole("link", { name: "25", exact: true }).click();
    await expect(page).toHaveURL((url) => (url.searchParams.get("pageSize") ?? "25") === "25");
    await expect.poll(() => ids(page)).toEqual(firstPage);

    await pagination(page).getByRole("link", { name: "100", exact: true }).click();
    await expect.poll(async () => (await ids(page)).length).toBe(100);
    await pagination(page).getByRole("link", { name: componentLabels.nextPage }).click();
    await expect.poll(async () => (await ids(page)).length).toBe(metroSeed.payoutCount - 100);
    await expect(
      pagination(page).getByRole("link", { name: componentLabels.nextPage }),
    ).toHaveAttribute("aria-disabled", "true");
  });

  test("sorting by net amount both ways sets aria-sort and survives reload and back", async ({
    page,
  }) => {
    const header = () =>
      page.getByRole("columnheader", { name: new RegExp(`^${columns.netAmount}`) });
    await header().getByRole("link").click();
    await expect(page).toHaveURL(/sort=amount/);
    await expect(header()).toHaveAttribute("aria-sort", /ascending|descending/);
    const firstDirection = await header().getAttribute("aria-sort");
    const amounts = await netAmounts(page);
    const sorted = [...amounts].sort((a, b) => (firstDirection === "ascending" ? a - b : b - a));
    expect(amounts).toEqual(sorted);

    await header().getByRole("link").click();
    const secondDirection = firstDirection === "ascending" ? "descending" : "ascending";
    await expect(header()).toHaveAttribute("aria-sort", secondDirection);
    const reversed = await netAmounts(page);
    expect(reversed).toEqual(
      [...reversed].sort((a, b) => (secondDirection === "ascending" ? a - b : b - a)),
    );

    await page.reload();
    await expect(header()).toHaveAttribute("aria-sort", secondDirection);
    expect(await netAmounts(page)).toEqual(reversed);

    await page.goBack();
    await expect(header()).toHaveAttribute("aria-sort", firstDirection ?? "");
    expect(await netAmounts(page)).toEqual(amounts);
  });

  test("sorting by date ascending shows the oldest payout first", async ({ page }) => {
    const header = () =>
      page.getByRole("columnheader", { name: new RegExp(`^${columns.arrivalDate}`) });
    await header().getByRole("link").click();
    await expect(header()).toHaveAttribute("aria-sort", "ascending");
    expect(urlParams(page)).toMatchObject({ order: "asc" });
    expect(urlParams(page).sort ?? "date").toBe("date");
    const dates = await columnTimes(payoutsTable(page), columns.arrivalDate);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort());

    await page.reload();
    await expect(header()).toHaveAttribute("aria-sort", "ascending");
    expect(await columnTimes(payoutsTable(page), columns.arrivalDate)).toEqual(dates);
    await page.goBack();
    await expect(header()).toHaveAttribute("aria-sort", "descending");
    await expect
      .poll(async () => {
        const newestFirst = await columnTimes(payoutsTable(page), columns.arrivalDate);
        const sorted = [...newestFirst].sort().reverse();
        const oldestShownBefore = dates.at(-1) ?? "";
        return newestFirst.join() === sorted.join() && (newestFirst[0] ?? "") > oldestShownBefore;
      })
      .toBe(true);
  });

  test("a date range filters by arrival or by creation, in the seller's time zone", async ({
    page,
  }) => {
    const range = page.getByRole("group", { name: filters.dateRange });
    await range.getByLabel(componentLabels.dateFrom).fill(metroSeed.arrivalRange.from);
    await range.getByLabel(componentLabels.dateTo).fill(metroSeed.arrivalRange.to);
    await expect(page).toHaveURL(new RegExp(`from=${metroSeed.arrivalRange.from}`));
    await expect(page).toHaveURL(new RegExp(`to=${metroSeed.arrivalRange.to}`));
    await expectCount(page, metroSeed.arrivalRange.arriving);

    await page
      .getByRole("combobox", { name: filters.dateField, exact: true })
      .selectOption("created");
    await expect(page).toHaveURL(/dateField=created/);
    await expectCount(page, metroSeed.arrivalRange.created);
    expect(await ids(page)).toEqual([metroSeed.instantPayoutId]);

    await page.reload();
    await expectCount(page, metroSeed.arrivalRange.created);
    await page.goBack();
    await expectCount(page, metroSeed.arrivalRange.arriving);
  });

  test("the currency filter keeps the seller's currency and survives reload and back", async ({
    page,
  }) => {
    const currency = () => page.getByRole("combobox", { name: filters.currency, exact: true });
    await currency().selectOption(metro.currency);
    await expect(page).toHaveURL(new RegExp(`currency=${metro.currency}`));
    await expectCount(page, metroSeed.payoutCount);
    await page.reload();
    await expect(currency()).toHaveValue(metro.currency);
    await page.goBack();
    await expect(page).toHaveURL((url) => !url.searchParams.has("currency"));
    await expect(currency()).toHaveValue("");
  });

  test("a currency the seller has no payouts in shows the empty state, and back restores the list", async ({
    page,
  }) => {
    const firstPage = await ids(page);
    const otherCurrency = metro.currency === "EUR" ? "USD" : "EUR";
    await page.goto(`/payouts?currency=${otherCurrency}`);
    await expect(page.getByText(payoutsLabels.emptyTitle)).toBeVisible();
    await expect(payoutsTable(page).getByRole("link", { name: /^po_/ })).toHaveCount(0);
    await page.goBack();
    await expect.poll(() => ids(page)).toEqual(firstPage);
    await expectCount(page, metroSeed.payoutCount);
  });

  test("typing a minimum amount then choosing a status keeps both in the URL", async ({ page }) => {
    await page.getByLabel(filters.amountMin, { exact: true }).fill(metroSeed.amountRange.min);
    await page.getByRole("button", { name: new RegExp(`^${filters.status}`) }).click();
    await page.getByRole("checkbox", { name: payoutStatusLabels.paid }).check();
    await expect
      .poll(() => ({ amountMin: urlParams(page).amountMin, statuses: statusesInUrl(page) }))
      .toEqual({ amountMin: metroSeed.amountRange.min, statuses: ["paid"] });
    await page.keyboard.press("Escape");
    await expect(page.getByLabel(filters.amountMin, { exact: true })).toHaveValue(
      metroSeed.amountRange.min,
    );
  });

  test("an amount range keeps the payouts whose net amount is within it", async ({ page }) => {
    await page.getByLabel(filters.amountMin, { exact: true }).fill(metroSeed.amountRange.min);
    await page.getByLabel(filters.amountMax, { exact: true }).fill(metroSeed.amountRange.max);
    await page.getByLabel(filters.amountMax, { exact: true }).press("Enter");
    await expect(page).toHaveURL(new RegExp(`amountMin=${metroSeed.amountRange.min}`));
    await expect(page).toHaveURL(new RegExp(`amountMax=${metroSeed.amountRange.max}`));
    await expectCount(page, metroSeed.amountRange.count);
    for (const amount of await netAmounts(page)) {
      expect(amount).toBeGreaterThanOrEqual(1_000_000);
      expect(amount).toBeLessThanOrEqual(2_000_000);
    }
    await page.reload();
    await expect(page.getByLabel(filters.amountMin, { exact: true })).toHaveValue(
      metroSeed.amountRange.min,
    );
    await expectCount(page, metroSeed.amountRange.count);
    await page.goBack();
    await expect(page).not.toHaveURL(new RegExp(`amountMax=${metroSeed.amountRange.max}`));
  });

  test("search finds a payout by its id and by its bank reference", async ({ page }) => {
    const search = page.getByRole("searchbox", { name: filters.search });
    await search.fill(metroSeed.screenshotPayoutId);
    await search.press("Enter");
    await expect(page).toHaveURL(new RegExp(`search=${metroSeed.screenshotPayoutId}`));
    await expect.poll(() => ids(page)).toEqual([metroSeed.screenshotPayoutId]);

    await search.fill(metroSeed.instantPayoutBankReference);
    await search.press("Enter");
    await expect.poll(() => ids(page)).toEqual([metroSeed.instantPayoutId]);
    await page.goBack();
    await expect.poll(() => ids(page)).toEqual([metroSeed.screenshotPayoutId]);
    await expect(search).toHaveValue(metroSeed.screenshotPayoutId);

    await page.reload();
    await expect(search).toHaveValue(metroSeed.screenshotPayoutId);
    expect(await ids(page)).toEqual([metroSeed.screenshotPayoutId]);
  });

  test("a pause in typing before Enter still makes one history entry per search", async ({
    page,
  }) => {
    const search = page.getByRole("searchbox", { name: filters.search });
    // Longer than the search's debounce: the pause commits the search before Enter does, as on a
    // slow machine or with a slow typist.
    const pause = () => page.waitForTimeout(800);
    await search.fill(metroSeed.screenshotPayoutId);
    await pause();
    await search.press("Enter");
    await expect.poll(() => ids(page)).toEqual([metroSeed.screenshotPayoutId]);
    await search.fill(metroSeed.instantPayoutBankReference);
    await pause();
    await search.press("Enter");
    await expect.poll(() => ids(page)).toEqual([metroSeed.instantPayoutId]);
    await page.goBack();
    await expect.poll(() => ids(page)).toEqual([metroSeed.screenshotPayoutId]);
    await expect(search).toHaveValue(metroSeed.screenshotPayoutId);
  });

  test("search also applies after a pause in typing, without Enter", async ({ page }) => {
    const search = page.getByRole("searchbox", { name: filters.search });
    await search.pressSequentially(metroSeed.instantPayoutBankReference);
    await expect.poll(() => urlParams(page).search).toBe(metroSeed.instantPayoutBankReference);
    await expect.poll(() => ids(page)).toEqual([metroSeed.instantPayoutId]);
    await page.reload();
    await expect(search).toHaveValue(metroSeed.instantPayoutBankReference);
    expect(await ids(page)).toEqual([metroSeed.instantPayoutId]);
  });

  test("a filter nothing matches shows the empty state, and reset filters brings every payout back", async ({
    page,
  }) => {
    await page.goto("/payouts?status=in_transit");
    await expect(page.getByText(payoutsLabels.emptyTitle)).toBeVisible();
    await page.getByRole("link", { name: payoutsLabels.resetFilters }).first().click();
    await expect(page).toHaveURL((url) => url.pathname === "/payouts" && url.search === "");
    await expect.poll(async () => (await ids(page)).length).toBe(25);
  });
});

test("the status filter takes several statuses, kept in the URL", async ({ signedInPage }) => {
  const page = await signedInPage(greenbowl);
  await page.goto("/payouts");
  await page.getByRole("button", { name: new RegExp(`^${filters.status}`) }).click();
  await page.getByRole("checkbox", { name: payoutStatusLabels.failed }).check();
  await expect.poll(() => statusesInUrl(page)).toEqual(["failed"]);
  await expectCount(page, greenbowlSeed.failedPayoutCount);
  const failed = column(await readTable(payoutsTable(page)), columns.status);
  expect(failed).toEqual(Array(greenbowlSeed.failedPayoutCount).fill(payoutStatusLabels.failed));

  await page.getByRole("checkbox", { name: payoutStatusLabels.paid }).check();
  await expect.poll(() => statusesInUrl(page)).toEqual(["paid", "failed"]);
  await page.keyboard.press("Escape");
  const statuses = column(await readTable(payoutsTable(page)), columns.status);
  expect(statuses).toContain(payoutStatusLabels.failed);
  expect(statuses).toContain(payoutStatusLabels.paid);
  expect(
    statuses.every((s) => s === payoutStatusLabels.paid || s === payoutStatusLabels.failed),
  ).toBe(true);

  await page.reload();
  await expect.poll(() => statusesInUrl(page)).toEqual(["paid", "failed"]);
  await page.goBack();
  await expectCount(page, greenbowlSeed.failedPayoutCount);
});
