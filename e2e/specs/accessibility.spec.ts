// axe on every screen, in both themes: no serious or critical WCAG 2.2 AA violation.
import { expectNoSeriousA11yViolations } from "../fixtures/axe";
import { expectPageTitle } from "../fixtures/page";
import { screens } from "../fixtures/screens";
import { expect, test } from "../fixtures/test";
import { expectTheme, startInTheme, themes } from "../fixtures/theme";

for (const theme of themes) {
  for (const screen of screens) {
    test(`${screen.name} in the ${theme} theme`, async ({ signedInPage, page: signedOutPage }) => {
      const page = screen.seller ? await signedInPage(screen.seller) : signedOutPage;
      await startInTheme(page, theme);
      await page.goto(screen.path);
      await expectPageTitle(page, screen.heading);
      await expectTheme(page, theme, { soft: true });
      await expect(page.locator("html")).toHaveAttribute("lang", /\w/);
      await expectNoSeriousA11yViolations(page, `${screen.name}-${theme}`);
    });
  }
}
