// A first visit to a route, as a seller's browser makes it: a fresh context (empty cache) with
// the session cookie, every response kept until the network has been idle for half a second
// (which takes in the prefetches Next starts for the links in view).
import type { Response } from "playwright-core";
import { type RunContext, type ServedTarget, signedInContext } from "../../run/run-context";
import type { DownloadedResource } from "./byte-counts";

async function resourceOf(response: Response): Promise<DownloadedResource | undefined> {
  const status = response.status();
  // A redirect has no body of its own; the request it leads to is counted instead.
  if (status >= 300 && status < 400) return undefined;
  return {
    url: response.url(),
    resourceType: response.request().resourceType(),
    body: await response.body(),
  };
}

export async function firstVisit(
  context: RunContext,
  served: ServedTarget,
  path: string,
): Promise<DownloadedResource[]> {
  const browserContext = await signedInContext(context, served);
  try {
    const page = await browserContext.newPage();
    const pending: Promise<DownloadedResource | undefined>[] = [];
    page.on("response", (response) => pending.push(resourceOf(response)));
    const response = await page.goto(path, { waitUntil: "networkidle" });
    if (!response?.ok()) {
      throw new Error(`${served.url}${path} answered ${response?.status() ?? "nothing"}`);
    }
    const resources = await Promise.all(pending);
    return resources.filter((resource) => resource !== undefined);
  } finally {
    await browserContext.close();
  }
}
