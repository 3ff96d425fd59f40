// A URL whose parameters cannot be read gets a page that names them, never a server error; the
// export answers 400 with a reason, and an id that is not even shaped like one is a 404.
import { componentLabels, invalidParamsLabels, payoutsLabels } from "@payout-styles/ui-core";
import type { Page } from "@playwright/test";
import { expectPageTitle } from "../fixtures/page";
import { metro } from "../fixtures/sellers";
import { expect, test } from "../fixtures/test";

const cases = [
  { path: "/payouts?status=bogus&pageSize=7", params: ["status", "pageSize"] },
  { path: "/payouts?after=garbage", params: ["after"] },
  { path: "/payouts?sort=bogus", params: ["sort"] },
  { path: "/payouts?order=sideways", params: ["order"] },
  { path: "/payouts?dateField=x", params: ["dateField"] },
  { path: "/payouts?currency=XXX", params: ["currency"] },
  { path: "/payouts?amountMin=1,5", params: ["amountMin"] },
  { path: "/activity?from=2026-13-45", params: ["from"] },
];

async function expectInvalidParamsPage(page: Page, path: string, params: readonly string[]) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(500);
  await expect(page.getByRole("heading", { name: invalidParamsLabels.heading })).toBeVisible();
  const issues = page.getByRole("list", { name: invalidParamsLabels.issuesLabel });
  for (const param of params) await expect(issues).toContainText(param);
  await page.getByRole("link", { name: invalidParamsLabels.resetFilters }).click();
  await expect(page).toHaveURL((url) => url.search === "");
}

for (const { path, params } of cases) {
  test(`${path} names ${params.join(" and ")} and is not a server error`, async ({
    signedInPage,
  }) => {
    await expectInvalidParamsPage(await signedInPage(metro), path, params);
  });
}

test("a repeated page size is read as its first value, not a server error", async ({
  signedInPage,
}) => {
  const page = await signedInPage(metro);
  const response = await page.goto("/payouts?pageSize=50&pageSize=25");
  expect(response?.status()).toBe(200);
  await expectPageTitle(page, payoutsLabels.title);
  await expect(
    page
      .getByRole("table", { name: payoutsLabels.tableCaption, exact: true })
      .getByRole("link", { name: /^po_/ }),
  ).toHaveCount(50);
});

test("a page cursor made for another sort is refused, not misread", async ({ signedInPage }) => {
  const page = await signedInPage(metro);
  await page.goto("/payouts");
  await expectPageTitle(page, payoutsLabels.title);
  const next = page
    .getByRole("navigation", { name: payoutsLabels.pagination })
    .getByRole("link", { name: componentLabels.nextPage });
  const cursor = new URL((await next.getAttribute("href")) ?? "", page.url()).searchParams.get(
    "after",
  );
  expect(cursor, "the next page link carries a cursor").toBeTruthy();
  await expectInvalidParamsPage(
    page,
    `/payouts?sort=amount&order=asc&after=${encodeURIComponent(cursor ?? "")}`,
    ["after"],
  );
});

test("the export refuses a bad filter with 400 and a reason a person can read", async ({
  signedInPage,
}) => {
  const page = await signedInPage(metro);
  const response = await page.request.get("/payouts/export?status=bogus");
  expect(response.status()).toBe(400);
  expect(response.headers()["content-type"]).toMatch(/^text\/plain/);
  const body = await response.text();
  expect(body).toContain("status");
  expect(body).not.toMatch(/<html|Error:|at \w+ \(/);
});

for (const path of ["/payouts/%3Cx%3E", "/orders/'"]) {
  test(`${path}, not an id at all, is a 404`, async ({ signedInPage }) => {
    const page = await signedInPage(metro);
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
  });
}
