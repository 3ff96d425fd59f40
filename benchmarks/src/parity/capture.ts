// What the parity gate looks at for one target, route and theme: a full-page screenshot (animations
// and caret off, fonts ready) and, in the light theme, the page's markup.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { BenchRoute } from "../config/routes";
import { type RunContext, type ServedTarget, signedInContext } from "../run/run-context";
import { type MarkupNode, readBodyMarkup } from "./markup";

export type Theme = "light" | "dark";

export interface Capture {
  screenshot: string;
  markup: MarkupNode;
}

export async function capture(
  context: RunContext,
  served: ServedTarget,
  route: BenchRoute,
  theme: Theme,
  screenshotsDir: string,
): Promise<Capture> {
  const browserContext = await signedInContext(context, served, { colorScheme: theme });
  try {
    const page = await browserContext.newPage();
    await page.goto(route.path, { waitUntil: "networkidle" });
    await page.getByRole("heading", { level: 1, name: route.heading }).waitFor();
    const shownTheme = await page.locator("html").getAttribute("data-theme");
    if (shownTheme !== theme) {
      throw new Error(`${served.target.id} ${route.path} shows theme ${shownTheme}, not ${theme}`);
    }
    await page.evaluate(() => document.fonts.ready);
    mkdirSync(screenshotsDir, { recursive: true });
    const screenshot = join(screenshotsDir, `${route.id}-${served.target.id}-${theme}.png`);
    await page.screenshot({
      path: screenshot,
      fullPage: true,
      animations: "disabled",
      caret: "hide",
    });
    return { screenshot, markup: await page.evaluate(readBodyMarkup) };
  } finally {
    await browserContext.close();
  }
}
