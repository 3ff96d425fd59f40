// Theme and density are remembered across visits and restored before the first paint.
import { preferenceLabels } from "@payout-styles/ui-core";
import { chooseDensity, chooseTheme } from "../fixtures/preferences";
import { sakura } from "../fixtures/sellers";
import { expect, test } from "../fixtures/test";
import { expectTheme, firstPaintAttributes, recordFirstPaintAttributes } from "../fixtures/theme";

test("dark theme and compact density survive a reload and a new visit with no flash", async ({
  signedInPage,
  context,
}) => {
  const page = await signedInPage(sakura);
  await recordFirstPaintAttributes(page);
  await page.goto("/");
  await chooseTheme(page, "dark");
  await expectTheme(page, "dark");
  await chooseDensity(page, "compact");
  await expect(page.locator("html")).toHaveAttribute("data-density", "compact");

  await page.reload();
  expect(await firstPaintAttributes(page)).toEqual({ theme: "dark", density: "compact" });
  await page.waitForLoadState("load");
  await expectTheme(page, "dark");
  await expect(
    page
      .getByRole("group", { name: preferenceLabels.theme })
      .getByRole("radio", { name: preferenceLabels.themes.dark }),
  ).toBeChecked();

  const laterVisit = await context.newPage();
  await recordFirstPaintAttributes(laterVisit);
  await laterVisit.goto("/payouts");
  expect(await firstPaintAttributes(laterVisit)).toEqual({ theme: "dark", density: "compact" });

  await chooseTheme(laterVisit, "light");
  await laterVisit.reload();
  expect((await firstPaintAttributes(laterVisit))?.theme).toBe("light");
});

test("the system theme follows the operating system's colour scheme", async ({ signedInPage }) => {
  const page = await signedInPage(sakura);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await chooseTheme(page, "system");
  await expectTheme(page, "dark");
  await page.emulateMedia({ colorScheme: "light" });
  await expectTheme(page, "light");
});
