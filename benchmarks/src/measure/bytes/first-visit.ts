// A first visit to a route, as a seller's browser makes it: a fresh context (empty cache) with
// the session cookie, every response kept until the network has been idle for half a second
// (which takes in the prefetches Next starts for the links in view).
import type { Response } from "playwright-core";
import type { BenchRoute } from "../../config/routes";
import { type RunContext, type ServedTarget, signedInContext } from "../../run/run-context";
import type { DownloadedResource } from "./byte-counts";

async function resourceOf(response: Response): Promise<DownloadedResource | undefined> {
  const status = response.status();
  // A redirect has no body of its own; the request it leads to is counted instead.
  if (status >= 300 && status < 400) return undefined;
  const resourceType = response.request().resourceType();
  try {
    return { url: response.url(), resourceType, body: await response.body() };
  } catch (error) {
    // Next cancels a prefetch it no longer needs (the link to the page already shown): the
    // browser dropped its body, so it was not downloaded in full. Anything else is a failure.
    if (resourceType === "fetch") return undefined;
    throw error;
  }
}

export async function firstVisit(
  context: RunContext,
  served: ServedTarget,
  route: BenchRoute,
): Promise<DownloadedResource[]> {
  const browserContext = await signedInContext(context, served);
  try {
    const page = await browserContext.newPage();
    const pending: Promise<DownloadedResource | undefined>[] = [];
    page.on("response", (response) => pending.push(resourceOf(response)));
    const response = await page.goto(route.path, { waitUntil: "networkidle" });
    if (!response?.ok()) {
      throw new Error(`${served.url}${route.path} answered ${response?.status() ?? "nothing"}`);
    }
    // The screen itself, not an error boundary's page, which streams with the same 200.
    await page.getByRole("heading", { level: 1, name: route.heading }).waitFor({ timeout: 5_000 });
    const resources = await Promise.all(pending);
    return resources.filter((resource) => resource !== undefined);
  } finally {
    await browserContext.close();
  }
}
