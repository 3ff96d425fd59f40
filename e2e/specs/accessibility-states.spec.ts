// axe on the states a screen visit alone does not show: open overlays, the phone's drawer, the
// invalid-params page, an empty state, sol's missing bank account and settings' field errors.
// (greenbowl's failed-payout alert and retry form are checked in retry-failed-payout.spec.ts,
// which owns greenbowl and changes it.)
import {
  activityLabels,
  appShellLabels,
  instantPayoutLabels,
  invalidParamsLabels,
  overviewLabels,
  payoutsLabels,
  settingsLabels,
} from "@payout-styles/ui-core";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";
import { bankFieldLabel } from "../fixtures/bank-account";
import { expectPageTitle } from "../fixtures/page";
import { harbor, lindenhof, metro, sol } from "../fixtures/sellers";
import { expect, test } from "../fixtures/test";

test("the instant payout dialog, open", async ({ signedInPage }) => {
  const page = await signedInPage(harbor);
  await page.goto("/");
  await page.getByRole("button", { name: instantPayoutLabels.trigger }).click();
  await expect(page.getByRole("dialog", { name: instantPayoutLabels.title })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "instant-payout-dialog");
});

test("the invalid-params page", async ({ signedInPage }) => {
  const page = await signedInPage(metro);
  await page.goto("/payouts?status=bogus");
  await expect(page.getByRole("heading", { name: invalidParamsLabels.heading })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "invalid-params");
});

test("an empty state: payouts with no match", async ({ signedInPage }) => {
  const page = await signedInPage(metro);
  await page.goto("/payouts?status=in_transit");
  await expect(page.getByText(payoutsLabels.emptyTitle)).toBeVisible();
  await expectNoSeriousA11yViolations(page, "payouts-empty");
});

test("an empty state: balance activity with no match", async ({ signedInPage }) => {
  const page = await signedInPage(metro);
  await page.goto("/activity?from=2020-01-01&to=2020-01-31");
  await expect(page.getByText(activityLabels.emptyTitle)).toBeVisible();
  await expectNoSeriousA11yViolations(page, "activity-empty");
});

test("sol's overview, with the no bank account banner", async ({ signedInPage }) => {
  const page = await signedInPage(sol);
  await page.goto("/");
  await expect(page.getByText(overviewLabels.noBankAccountTitle)).toBeVisible();
  await expectNoSeriousA11yViolations(page, "overview-no-bank-account");
});

test("settings with field errors", async ({ signedInPage }) => {
  const page = await signedInPage(lindenhof);
  await page.goto("/settings");
  await expectPageTitle(page, settingsLabels.title);
  const bank = page.getByRole("region", { name: settingsLabels.bankAccount.title });
  const iban = bank.getByLabel(bankFieldLabel("iban", "iban"), { exact: true });
  await iban.fill("DE00 1234");
  await bank.getByRole("button", { name: settingsLabels.bankAccount.submitReplace }).click();
  await expect(iban).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page, "settings-field-errors");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test("the navigation drawer, open", async ({ signedInPage }) => {
    const page = await signedInPage(metro);
    await page.goto("/");
    await expectPageTitle(page, overviewLabels.title);
    await page.getByRole("button", { name: appShellLabels.openNav }).click();
    await expect(page.getByRole("dialog", { name: appShellLabels.menu })).toBeVisible();
    await expectNoSeriousA11yViolations(page, "phone-nav-drawer");
  });
});
