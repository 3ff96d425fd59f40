// Balance activity (metro's ledger, read only): filters by type and date, server pagination,
// each row linked to its order or payout.
import { activityLabels, activityTypeLabels, componentLabels } from "@payout-styles/ui-core";
import type { Page } from "@playwright/test";
import { expectPageTitle } from "../fixtures/page";
import { metro } from "../fixtures/sellers";
import { column, columnTimes, readTable, tableNamed } from "../fixtures/table";
import { expect, test } from "../fixtures/test";

const { columns, filters } = activityLabels;
const activityTable = (page: Page) => tableNamed(page, activityLabels.tableCaption);
const rows = async (page: Page) => (await readTable(activityTable(page))).rows;
const pagination = (page: Page) =>
  page.getByRole("navigation", { name: activityLabels.pagination });

test.beforeEach(async ({ signedInPage }) => {
  const page = await signedInPage(metro);
  await page.goto("/activity");
  await expectPageTitle(page, activityLabels.title);
});

test("the newest movements come first, 25 a page, each linked to its order or payout", async ({
  page,
}) => {
  const firstPage = await rows(page);
  expect(firstPage).toHaveLength(25);
  const occurred = await columnTimes(activityTable(page), columns.occurredAt);
  expect(occurred).toHaveLength(25);
  expect(occurred).toEqual([...occurred].sort().reverse());
  const contents = await readTable(activityTable(page));
  const descriptions = column(contents, columns.description);
  const linked = await activityTable(page).getByRole("link").allInnerTexts();
  expect(linked.length).toBeGreaterThan(0);
  for (const text of linked) expect(descriptions).toContain(text.trim());
  await activityTable(page).getByRole("link").first().click();
  await expect(
    page.getByRole("heading", { level: 1, name: /^(Order ord_|Payout po_)/ }),
  ).toBeVisible();
});

test("next and previous pages and the page size live in the URL", async ({ page }) => {
  const first = await rows(page);
  await pagination(page).getByRole("link", { name: componentLabels.nextPage }).click();
  await expect(page).toHaveURL(/after=/);
  await expect.poll(() => rows(page)).not.toEqual(first);
  const second = await rows(page);
  await page.reload();
  expect(await rows(page)).toEqual(second);
  await pagination(page).getByRole("link", { name: componentLabels.previousPage }).click();
  await expect.poll(() => rows(page)).toEqual(first);
  await page.goBack();
  await expect.poll(() => rows(page)).toEqual(second);
});

test("the page size survives reload and back", async ({ page }) => {
  const first = await rows(page);
  await pagination(page).getByRole("link", { name: "50", exact: true }).click();
  await expect(page).toHaveURL(/pageSize=50/);
  await expect.poll(async () => (await rows(page)).length).toBe(50);
  const fifty = await rows(page);
  expect(fifty.slice(0, 25)).toEqual(first);
  await page.reload();
  expect(await rows(page)).toEqual(fifty);

  await pagination(page).getByRole("link", { name: "25", exact: true }).click();
  await expect(page).toHaveURL((url) => (url.searchParams.get("pageSize") ?? "25") === "25");
  await expect.poll(() => rows(page)).toEqual(first);
  await page.goBack();
  await expect(page).toHaveURL(/pageSize=50/);
  await expect.poll(() => rows(page)).toEqual(fifty);
});

test("filtering by type keeps only that type, and survives reload and back", async ({ page }) => {
  await page.getByRole("button", { name: new RegExp(`^${filters.type}`) }).click();
  await page.getByRole("checkbox", { name: activityTypeLabels.refund, exact: true }).check();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/type=refund/);
  await expect
    .poll(async () => new Set(column(await readTable(activityTable(page)), columns.type)))
    .toEqual(new Set([activityTypeLabels.refund]));
  await page.reload();
  expect(new Set(column(await readTable(activityTable(page)), columns.type))).toEqual(
    new Set([activityTypeLabels.refund]),
  );
  await page.goBack();
  await expect(page).toHaveURL((url) => !url.searchParams.has("type"));
  await expect
    .poll(async () => new Set(column(await readTable(activityTable(page)), columns.type)).size)
    .toBeGreaterThan(1);
});

test("a date range keeps the movements of those days, and back undoes it", async ({ page }) => {
  const first = await rows(page);
  const range = page.getByRole("group", { name: filters.dateRange });
  await range.getByLabel(componentLabels.dateFrom).fill("2026-11-02");
  await range.getByLabel(componentLabels.dateTo).fill("2026-11-02");
  await expect(page).toHaveURL(/from=2026-11-02/);
  await expect(page).toHaveURL(/to=2026-11-02/);
  await expect
    .poll(async () =>
      column(await readTable(activityTable(page)), columns.occurredAt).every((d) =>
        d.includes("Nov 2,"),
      ),
    )
    .toBe(true);
  // Each bound may be its own history entry: back past both.
  await page.goBack();
  if (new URL(page.url()).searchParams.has("from")) await page.goBack();
  await expect(page).toHaveURL((url) => url.pathname === "/activity" && url.search === "");
  await expect.poll(() => rows(page)).toEqual(first);
});

test("a range with no movement shows the empty state, and reset filters shows them all", async ({
  page,
}) => {
  await page.goto("/activity?from=2020-01-01&to=2020-01-31");
  await expect(page.getByText(activityLabels.emptyTitle)).toBeVisible();
  await page.getByRole("link", { name: activityLabels.resetFilters }).first().click();
  await expect(page).toHaveURL((url) => url.pathname === "/activity" && url.search === "");
  await expect.poll(async () => (await rows(page)).length).toBe(25);
});
