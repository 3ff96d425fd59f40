// The one Chromium a run drives: the machine's own (no download), headless, with the flags every
// browser run of this project uses.
import { chromiumArgs, findChromium } from "@payout-styles/chromium";
import { type Browser, chromium } from "playwright-core";

export interface LaunchedBrowser {
  browser: Browser;
  executablePath: string;
  args: readonly string[];
  version: string;
}

export async function launchBrowser(): Promise<LaunchedBrowser> {
  const executablePath = findChromium();
  const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
  return { browser, executablePath, args: chromiumArgs, version: browser.version() };
}
