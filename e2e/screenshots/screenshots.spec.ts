// Every screen, light and dark, at 1280 and 375 px, full page: what the kits are compared by.
// Animations and the caret are off, and the shot waits for fonts (system stacks) to be ready.
import { expectPageTitle } from "../fixtures/page";
import { screens } from "../fixtures/screens";
import { test } from "../fixtures/test";
import { expectTheme, startInTheme, themes } from "../fixtures/theme";
import { screenshotPath, screenshotWidths } from "./screenshot-path";

for (const width of screenshotWidths) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: width === 375 ? 812 : 800 } });
    for (const theme of themes) {
      for (const screen of screens) {
        test(`${screen.name} ${theme}`, async ({ signedInPage, page: signedOutPage }, testInfo) => {
          const page = screen.seller ? await signedInPage(screen.seller) : signedOutPage;
          await startInTheme(page, theme);
          await page.goto(screen.path);
          await expectPageTitle(page, screen.heading);
          // Soft: a screen in the wrong theme fails the test, yet its shot is still kept.
          await expectTheme(page, theme, { soft: true });
          await page.evaluate(() => document.fonts.ready);
          const kitName = testInfo.project.name.replace(/^screenshots-/, "");
          await page.screenshot({
            path: screenshotPath(kitName, screen.name, theme, width),
            fullPage: true,
            animations: "disabled",
            caret: "hide",
          });
        });
      }
    }
  });
}
