// A browser context that loads a static Storybook build from disk: every request to the build's
// made-up origin is answered with the file, so no server, and no port shared with anyone else's
// run on the machine.
import { existsSync, statSync } from "node:fs";
import { join, normalize, sep } from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { keepNamesHelper } from "../../run/run-context";

const origin = "http://storybook.changes.test";

export async function staticStorybookContext(
  browser: Browser,
  staticDir: string,
  viewport: { width: number; height: number },
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: origin,
    viewport,
    locale: "en-US",
    timezoneId: "UTC",
  });
  await context.addInitScript(keepNamesHelper);
  await context.route(
    (url) => url.origin === origin,
    (route) => {
      const { pathname } = new URL(route.request().url());
      const relative = normalize(decodeURIComponent(pathname)).replace(/^[/\\]+/, "");
      const file = join(staticDir, relative === "" ? "index.html" : relative);
      const inside = file.startsWith(`${staticDir}${sep}`);
      if (!inside || !existsSync(file) || !statSync(file).isFile()) {
        return route.fulfill({ status: 404, body: "Not found" });
      }
      // Playwright infers the content type from the file's extension.
      return route.fulfill({ path: file });
    },
  );
  return context;
}
