// A phone (375 px): the navigation opens from the menu button, and no screen scrolls sideways.
import { appShellLabels, dashboardNavItems, payoutsLabels } from "@payout-styles/ui-core";
import { expectPageTitle } from "../fixtures/page";
import { screens } from "../fixtures/screens";
import { metro } from "../fixtures/sellers";
import { expect, test } from "../fixtures/test";

test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

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
