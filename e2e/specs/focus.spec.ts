// Keyboard focus in the overlays: the instant payout dialog and the phone's navigation drawer
// keep focus inside while open and give it back to the button that opened them.
import { appShellLabels, instantPayoutLabels, overviewLabels } from "@payout-styles/ui-core";
import type { Page } from "@playwright/test";
import { expectFocusTrappedIn } from "../fixtures/focus";
import { expectPageTitle } from "../fixtures/page";
import { harbor, metro } from "../fixtures/sellers";
import { expect, test } from "../fixtures/test";

async function openInstantPayout(page: Page) {
  const trigger = page.getByRole("button", { name: instantPayoutLabels.trigger });
  await trigger.click();
  const dialog = page.getByRole("dialog", { name: instantPayoutLabels.title });
  await expect(dialog).toBeVisible();
  return { trigger, dialog };
}

test.describe("the instant payout dialog", () => {
  test.beforeEach(async ({ signedInPage }) => {
    const page = await signedInPage(harbor);
    await page.goto("/");
    await expectPageTitle(page, overviewLabels.title);
  });

  test("keeps focus inside, and Escape returns it to Pay out now", async ({ page }) => {
    const { trigger, dialog } = await openInstantPayout(page);
    await expectFocusTrappedIn(page, dialog);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();
  });

  test("Cancel closes it and returns focus to Pay out now", async ({ page }) => {
    const { trigger, dialog } = await openInstantPayout(page);
    await dialog.getByRole("button", { name: instantPayoutLabels.cancel }).click();
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();
  });
});

test.describe("the phone's navigation drawer", () => {
  test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

  test("keeps focus inside, and Escape returns it to the menu button", async ({ signedInPage }) => {
    const page = await signedInPage(metro);
    await page.goto("/");
    await expectPageTitle(page, overviewLabels.title);
    const openNav = page.getByRole("button", { name: appShellLabels.openNav });
    await openNav.click();
    const drawer = page.getByRole("dialog", { name: appShellLabels.menu });
    await expect(drawer).toBeVisible();
    await expectFocusTrappedIn(page, drawer);
    await page.keyboard.press("Escape");
    await expect(drawer).toBeHidden();
    await expect(openNav).toBeFocused();

    await openNav.click();
    await drawer.getByRole("button", { name: appShellLabels.closeNav }).click();
    await expect(drawer).toBeHidden();
    await expect(openNav).toBeFocused();
  });
});
