import { activityLabels, appShellLabels, signInLabels } from "@payout-styles/ui-core";
import { harbor, lindenhof } from "../fixtures/sellers";
import { fillSignInForm, signInThroughForm } from "../fixtures/sign-in";
import { expect, test } from "../fixtures/test";

const protectedPaths = [
  "/",
  "/payouts",
  "/payouts?status=paid",
  "/payouts/po_0000000000000a",
  "/activity",
  "/orders/ord_0000000000000a",
  "/settings",
];

test.describe("signed out", () => {
  for (const path of protectedPaths) {
    test(`${path} sends the visitor to the sign-in page`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL((url) => url.pathname === "/signin");
      await expect(page.getByRole("heading", { level: 1, name: signInLabels.title })).toBeVisible();
    });
  }

  test("a wrong password is refused with one message that names neither field", async ({
    page,
  }) => {
    await page.goto("/signin");
    await fillSignInForm(page, harbor.email, `${harbor.password}-wrong`);
    await expect(page.getByText(signInLabels.invalidCredentials)).toBeVisible();
    await expect(page).toHaveURL((url) => url.pathname === "/signin");
  });

  test("an unknown email gets the same message as a wrong password", async ({ page }) => {
    await page.goto("/signin");
    await fillSignInForm(page, "nobody@demo.payout-styles.test", harbor.password);
    await expect(page.getByText(signInLabels.invalidCredentials)).toBeVisible();
  });
});

test("signing in shows the overview with the seller's name, and signing out ends the session", async ({
  page,
}) => {
  await signInThroughForm(page, lindenhof);
  await expect(page.getByText(lindenhof.name).first()).toBeVisible();

  await page.getByRole("button", { name: appShellLabels.signOut }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/signin");
  await page.goto("/");
  await expect(page).toHaveURL((url) => url.pathname === "/signin");
});

test("signing in from a deep link returns to it", async ({ page }) => {
  await page.goto("/activity");
  await expect(page).toHaveURL((url) => url.pathname === "/signin");
  await fillSignInForm(page, harbor.email, harbor.password);
  await expect(page).toHaveURL((url) => url.pathname === "/activity");
  await expect(page.getByRole("heading", { level: 1, name: activityLabels.title })).toBeVisible();
});
