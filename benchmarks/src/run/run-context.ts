// What every measurement gets: the profile, the served targets (each signed in as the large
// seller), the browser, and where to write what it keeps (traces, screenshots).
import type { Browser, BrowserContext } from "playwright-core";
import type { Profile } from "../config/profiles";
import type { BenchTarget } from "../config/targets";
import type { MeasuredMetric, ResultsTable } from "../results/schema";

export interface ServedTarget {
  target: BenchTarget;
  /** http://127.0.0.1:<port> */
  url: string;
  /** The signed-in session, for a new browser context. */
  storageState: Awaited<ReturnType<BrowserContext["storageState"]>>;
  /** The same session as a Cookie header, for HTTP clients (Lighthouse, the load tool). */
  cookieHeader: string;
}

export interface RunContext {
  profile: Profile;
  browser: Browser;
  chromiumPath: string;
  chromiumArgs: readonly string[];
  targets: readonly ServedTarget[];
  /** A folder of this run's own, for artefacts. */
  outDir: string;
  log(message: string): void;
}

/**
 * A new context with the target's session, at the viewport every desktop measurement uses.
 * `colorScheme` picks the theme: the apps start on "system".
 */
export async function signedInContext(
  context: RunContext,
  served: ServedTarget,
  { colorScheme = "light" }: { colorScheme?: "light" | "dark" } = {},
): Promise<BrowserContext> {
  const browserContext = await context.browser.newContext({
    baseURL: served.url,
    storageState: served.storageState,
    viewport: desktopViewport,
    colorScheme,
    locale: "en-US",
    timezoneId: "UTC",
  });
  await browserContext.addInitScript(keepNamesHelper);
  return browserContext;
}

/**
 * tsx compiles the harness with esbuild's keepNames, which wraps named functions in `__name()`:
 * a function the harness hands to `page.evaluate` needs that helper in the page too.
 */
export const keepNamesHelper = "globalThis.__name ??= (fn) => fn;";

export const desktopViewport = { width: 1280, height: 800 } as const;

/** What a measurement makes: figures with samples, and tables that are not figures (issue 7). */
export interface MeasurementOutput {
  metrics: MeasuredMetric[];
  tables: ResultsTable[];
}

export type Measurement = (context: RunContext) => Promise<MeasuredMetric[] | MeasurementOutput>;
