// Another seller's payout, order or export answers exactly like an id that does not exist.
import { notFoundLabels, orderHref, payoutDetailLabels, payoutHref } from "@payout-styles/ui-core";
import type { Page } from "@playwright/test";
import { expectPageTitle } from "../fixtures/page";
import { metroSeed } from "../fixtures/seeded";
import { harbor } from "../fixtures/sellers";
import { expect, test } from "../fixtures/test";

async function notFoundPage(page: Page, path: string): Promise<string> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expectPageTitle(page, notFoundLabels.title);
  return page.getByRole("main").innerText();
}

test("another seller's payout is a 404, the same page as a payout that does not exist", async ({
  signedInPage,
}) => {
  const page = await signedInPage(harbor);
  const others = await notFoundPage(page, payoutHref(metroSeed.screenshotPayoutId));
  const missing = await notFoundPage(page, payoutHref("po_zzzzzzzzzzzzzz"));
  expect(others.replaceAll(metroSeed.screenshotPayoutId, "ID")).toBe(
    missing.replaceAll("po_zzzzzzzzzzzzzz", "ID"),
  );
  await page.getByRole("link", { name: notFoundLabels.backToOverview }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/");
});

test("another seller's order is a 404, the same page as an order that does not exist", async ({
  signedInPage,
}) => {
  const page = await signedInPage(harbor);
  const others = await notFoundPage(page, orderHref(metroSeed.screenshotOrderId));
  const missing = await notFoundPage(page, orderHref("ord_zzzzzzzzzzzzzz"));
  expect(others.replaceAll(metroSeed.screenshotOrderId, "ID")).toBe(
    missing.replaceAll("ord_zzzzzzzzzzzzzz", "ID"),
  );
});

test("another seller's payout export is a 404, like an export of a payout that does not exist", async ({
  signedInPage,
}) => {
  const page = await signedInPage(harbor);
  await page.goto("/payouts");
  await page.getByRole("link", { name: /^po_/ }).first().click();
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: new RegExp(`^${payoutDetailLabels.title("po_")}`),
    }),
  ).toBeVisible();
  const ownId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
  const exportHref = await page
    .getByRole("link", { name: payoutDetailLabels.exportCsv })
    .getAttribute("href");
  expect(exportHref).toContain(ownId);
  const own = await page.request.get(exportHref ?? "");
  expect(own.status()).toBe(200);
  const others = await page.request.get(
    (exportHref ?? "").replace(ownId, metroSeed.screenshotPayoutId),
  );
  const missing = await page.request.get((exportHref ?? "").replace(ownId, "po_zzzzzzzzzzzzzz"));
  expect(others.status()).toBe(404);
  expect(missing.status()).toBe(404);
});
