// Visual parity: every screenshot of every kit against the same screenshot of every other kit.
// Runs after the screenshot projects (its dependencies in playwright.config.ts); diff images go to
// e2e/.screenshots/diff/<kit>-vs-<kit>/ and are kept as artefacts.
import { join } from "node:path";
import { compareScreenshots, maxDifferingShare } from "@payout-styles/visual-parity";
import { expect, test } from "@playwright/test";
import { screens } from "../fixtures/screens";
import { themes } from "../fixtures/theme";
import { selectedKits } from "../kits";
import {
  screenshotFileName,
  screenshotPath,
  screenshotsDir,
  screenshotWidths,
} from "../screenshots/screenshot-path";

const kitNames = selectedKits().map((kit) => kit.name);
const pairs = kitNames.flatMap((a, index) => kitNames.slice(index + 1).map((b) => [a, b] as const));

for (const [a, b] of pairs) {
  test.describe(`${a} vs ${b}`, () => {
    for (const width of screenshotWidths) {
      for (const theme of themes) {
        for (const screen of screens) {
          const name = screenshotFileName(screen.name, theme, width);
          test(`${screen.name} ${theme} ${width} px`, () => {
            const diffPath = join(screenshotsDir, "diff", `${a}-vs-${b}`, name);
            const result = compareScreenshots(
              screenshotPath(a, screen.name, theme, width),
              screenshotPath(b, screen.name, theme, width),
              diffPath,
            );
            expect(result.sizes.b, `page size of ${name} in ${b} vs ${a}`).toBe(result.sizes.a);
            expect(
              result.differingShare,
              `${result.differingPixels} pixels differ; see ${diffPath}`,
            ).toBeLessThan(maxDifferingShare);
          });
        }
      }
    }
  });
}
