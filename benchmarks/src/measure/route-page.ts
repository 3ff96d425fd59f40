// A signed-in page at one of the measured routes, its h1 shown, with its own DevTools session.
import type { BrowserContext, CDPSession, Page } from "playwright-core";
import type { BenchRoute } from "../config/routes";
import { type RunContext, type ServedTarget, signedInContext } from "../run/run-context";
import { devtoolsSession } from "./devtools";

export interface RoutePage {
  context: BrowserContext;
  page: Page;
  session: CDPSession;
}

/** Opens the route in a new context; `prepare` runs on it before it is handed over. */
export async function openRoutePage(
  run: RunContext,
  served: ServedTarget,
  route: BenchRoute,
  prepare: (page: Page) => Promise<void> = async () => {},
): Promise<RoutePage> {
  const context = await signedInContext(run, served);
  try {
    const page = await context.newPage();
    await page.goto(route.path);
    await page
      .getByRole("heading", { level: 1, name: route.heading, exact: true })
      .waitFor({ timeout: 30_000 });
    const session = await devtoolsSession(page);
    await prepare(page);
    return { context, page, session };
  } catch (error) {
    await context.close();
    throw error;
  }
}
