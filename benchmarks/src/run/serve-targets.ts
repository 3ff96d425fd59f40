// Serves every target's production build for the run (each on its own copy of the seeded
// database) and signs each in as the large seller through the real form.
import { type AppServer, startAppServer, waitUntilServing } from "@payout-styles/app-servers";
import { overviewLabels, signInLabels } from "@payout-styles/ui-core";
import type { Browser, Page } from "playwright-core";
import { benchSeller } from "../config/routes";
import { type BenchTarget, type Bundler, bundlers } from "../config/targets";
import type { ServedTarget } from "./run-context";

export interface ServedTargets {
  served: ServedTarget[];
  stop(): Promise<void>;
}

/** Signs the large seller in through the sign-in page shown, until the overview shows. */
export async function submitSignIn(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.getByLabel(signInLabels.email, { exact: true }).fill(benchSeller.email);
  await page.getByLabel(signInLabels.password, { exact: true }).fill(benchSeller.password);
  await page.getByRole("button", { name: signInLabels.submit, exact: true }).click();
  await page
    .getByRole("heading", { level: 1, name: overviewLabels.title })
    .waitFor({ timeout: timeoutMs });
}

async function signIn(browser: Browser, url: string): Promise<ServedTarget["storageState"]> {
  const context = await browser.newContext({ baseURL: url });
  try {
    const page = await context.newPage();
    await page.goto("/signin");
    await submitSignIn(page);
    return await context.storageState();
  } finally {
    await context.close();
  }
}

export async function serveTargets(
  targets: readonly BenchTarget[],
  bundler: Bundler,
  browser: Browser,
): Promise<ServedTargets> {
  const servers: AppServer[] = [];
  const stop = async () => {
    await Promise.all(servers.map((server) => server.stop()));
  };
  try {
    for (const target of targets) {
      servers.push(
        await startAppServer({
          name: `bench-${target.id}`,
          appDir: target.appDir,
          distDir: bundlers[bundler].distDir,
          port: target.port,
          stdio: "ignore",
        }),
      );
    }
    await Promise.all(servers.map((server) => waitUntilServing(server)));
    const served: ServedTarget[] = [];
    for (const [index, target] of targets.entries()) {
      const url = (servers[index] as AppServer).url;
      const storageState = await signIn(browser, url);
      const cookieHeader = storageState.cookies
        .map((cookie) => `${cookie.name}=${cookie.value}`)
        .join("; ");
      served.push({ target, url, storageState, cookieHeader });
    }
    return { served, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
