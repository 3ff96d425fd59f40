// A URL whose parameters cannot be read gets a page that names them, never a server error.
import { invalidParamsLabels } from "@payout-styles/ui-core";
import { metro } from "../fixtures/sellers";
import { expect, test } from "../fixtures/test";

const cases = [
  { path: "/payouts?status=bogus&pageSize=7", params: ["status", "pageSize"] },
  { path: "/payouts?after=garbage", params: ["after"] },
  { path: "/activity?from=2026-13-45", params: ["from"] },
];

for (const { path, params } of cases) {
  test(`${path} names ${params.join(" and ")} and is not a server error`, async ({
    signedInPage,
  }) => {
    const page = await signedInPage(metro);
    const response = await page.goto(path);
    expect(response?.status()).toBeLessThan(500);
    await expect(page.getByRole("heading", { name: invalidParamsLabels.heading })).toBeVisible();
    const issues = page.getByRole("list", { name: invalidParamsLabels.issuesLabel });
    for (const param of params) await expect(issues).toContainText(param);
    await page.getByRole("link", { name: invalidParamsLabels.resetFilters }).click();
    await expect(page).toHaveURL((url) => url.search === "");
  });
}
