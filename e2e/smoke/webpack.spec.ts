// The webpack build of each app, smoke-tested: it signs in, navigates on the client, switches the
// theme, and looks the same as the same kit's Turbopack build (so a bundler that dropped or
// reordered the kit's CSS fails here). Runs after the full suite has taken the Turbopack
// screenshots: `npm test` orders it so.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { appShellLabels, overviewLabels, payoutsLabels } from "@payout-styles/ui-core";
import { compareScreenshots, maxDifferingShare } from "@payout-styles/visual-parity";
import { expectPageTitle } from "../fixtures/page";
import { chooseTheme } from "../fixtures/preferences";
import { screens } from "../fixtures/screens";
import { metro } from "../fixtures/sellers";
import { expect, test } from "../fixtures/test";
import { expectTheme, startInTheme } from "../fixtures/theme";
import { screenshotPath, screenshotsDir } from "../screenshots/screenshot-path";

test.use({ viewport: { width: 1280, height: 800 } });

test("signs in, moves between screens on the client and switches the theme", async ({
  signedInPage,
}) => {
  const page = await signedInPage(metro);
  await page.goto("/");
  await expectPageTitle(page, overviewLabels.title);
  await page
    .getByRole("navigation", { name: appShellLabels.primaryNav })
    .getByRole("link", { name: payoutsLabels.title, exact: true })
    .click();
  await expectPageTitle(page, payoutsLabels.title);
  await expect(page.getByRole("table").getByRole("row")).not.toHaveCount(0);
  await chooseTheme(page, "dark");
  await expectTheme(page, "dark");
});

for (const name of ["overview", "payouts"]) {
  test(`the ${name} screen looks as it does in the Turbopack build`, async ({
    signedInPage,
  }, testInfo) => {
    const kit = testInfo.project.name.replace(/^webpack-/, "");
    const reference = screenshotPath(kit, name, "light", 1280);
    expect(existsSync(reference), `${reference} (run the screenshots-${kit} project first)`).toBe(
      true,
    );
    const screen = screens.find((candidate) => candidate.name === name);
    if (!screen?.seller) throw new Error(`No signed-in screen named ${name}`);
    const page = await signedInPage(screen.seller);
    await startInTheme(page, "light");
    await page.goto(screen.path);
    await expectPageTitle(page, screen.heading);
    await page.evaluate(() => document.fonts.ready);
    const shot = screenshotPath(`${kit}-webpack`, name, "light", 1280);
    await page.screenshot({ path: shot, fullPage: true, animations: "disabled", caret: "hide" });
    const diffPath = join(screenshotsDir, "diff", `${kit}-turbopack-vs-webpack`, `${name}.png`);
    const result = compareScreenshots(reference, shot, diffPath);
    expect(result.sizes.b).toBe(result.sizes.a);
    expect(result.differingShare, `see ${diffPath}`).toBeLessThan(maxDifferingShare);
  });
}
