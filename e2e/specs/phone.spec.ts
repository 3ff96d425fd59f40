// A phone at the spec's narrowest width (360 px): the navigation opens from the menu button, the
// filters from their disclosure, and no screen scrolls sideways.
import {
  appShellLabels,
  dashboardNavItems,
  payoutStatusLabels,
  payoutsLabels,
} from "@payout-styles/ui-core";
import { expectPageTitle, urlParams } from "../fixtures/page";
import { screens } from "../fixtures/screens";
import { metroSeed } from "../fixtures/seeded";
import { metro } from "../fixtures/sellers";
import { expect, test } from "../fixtures/test";

test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

test("the menu button opens the navigation, which leads to another screen", async ({
  signedInPage,
}) => {
  const page = await signedInPage(metro);
  await page.goto("/");
  const mainNav = page.getByRole("navigation", { name: appShellLabels.primaryNav });
  await expect(mainNav.getByRole("link", { name: "Payouts" })).toBeHidden();
  await page.getByRole("button", { name: appShellLabels.openNav }).click();
  const payouts = dashboardNavItems.find((item) => item.href === "/payouts");
  await page
    .getByRole("navigation", { name: appShellLabels.primaryNav })
    .getByRole("link", { name: payouts?.label })
    .filter({ visible: true })
    .click();
  await expectPageTitle(page, payoutsLabels.title);
  await expect(page.getByRole("button", { name: appShellLabels.closeNav })).toBeHidden();
});

test("the Filters disclosure opens the payout filters, which work", async ({ signedInPage }) => {
  const page = await signedInPage(metro);
  await page.goto("/payouts");
  await expectPageTitle(page, payoutsLabels.title);
  const { filters } = payoutsLabels;
  const amountMin = page.getByLabel(filters.amountMin, { exact: true });
  await expect(amountMin).toBeHidden();
  const toggle = page.getByRole("button", { name: new RegExp(`^${filters.toggle}`) });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");

  await amountMin.fill(metroSeed.amountRange.min);
  await amountMin.press("Enter");
  await expect.poll(() => urlParams(page).amountMin).toBe(metroSeed.amountRange.min);
  await page.getByRole("button", { name: new RegExp(`^${filters.status}`) }).click();
  await page.getByRole("checkbox", { name: payoutStatusLabels.paid }).check();
  await expect.poll(() => urlParams(page).status).toBe("paid");
  await page.keyboard.press("Escape");

  const search = page.getByRole("searchbox", { name: filters.search });
  await search.fill(metroSeed.screenshotPayoutId);
  await search.press("Enter");
  await expect.poll(() => urlParams(page).search).toBe(metroSeed.screenshotPayoutId);
  await expect(
    page
      .getByRole("table", { name: payoutsLabels.tableCaption, exact: true })
      .getByRole("link", { name: /^po_/ }),
  ).toHaveText([metroSeed.screenshotPayoutId]);
});

for (const screen of screens) {
  test(`${screen.name} fits the phone's width`, async ({ signedInPage, page: signedOutPage }) => {
    const page = screen.seller ? await signedInPage(screen.seller) : signedOutPage;
    await page.goto(screen.path);
    await expectPageTitle(page, screen.heading);
    const overflow = await page.evaluate(() => {
      const scroller = document.scrollingElement ?? document.documentElement;
      return { scrollWidth: scroller.scrollWidth, innerWidth: window.innerWidth };
    });
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.innerWidth);
  });
}
