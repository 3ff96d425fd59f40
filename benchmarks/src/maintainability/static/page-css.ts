// One visit of a route with Chrome's CSS rule-usage tracking on (what DevTools' Coverage panel
// records), as a seller's first visit: a fresh signed-in context, until the network has been idle
// for half a second and the screen's heading shows. It keeps each stylesheet the document holds
// at the end, with the ranges of its rules that matched, and every top-level rule as the CSSOM
// serialises it. Stylesheets in shadow roots (Chrome draws <details> with one) are not the page's.
import type { CDPSession } from "playwright-core";
import type { BenchRoute } from "../../config/routes";
import { type RunContext, type ServedTarget, signedInContext } from "../../run/run-context";
import type { SheetUsage } from "./coverage";

export interface PageCss {
  sheets: SheetUsage[];
  /** Every top-level rule of the document's stylesheets, as `cssText`. */
  rules: string[];
}

interface SheetHeader {
  styleSheetId: string;
  ownerNode?: number;
}

async function ownedByDocument(cdp: CDPSession, header: SheetHeader): Promise<boolean> {
  if (header.ownerNode === undefined) return false;
  const { object } = await cdp.send("DOM.resolveNode", { backendNodeId: header.ownerNode });
  if (!object.objectId) return false;
  const { result } = await cdp.send("Runtime.callFunctionOn", {
    objectId: object.objectId,
    functionDeclaration:
      "function () { return this.isConnected && this.getRootNode() === document; }",
    returnByValue: true,
  });
  return result.value === true;
}

export async function visitWithCoverage(
  context: RunContext,
  served: ServedTarget,
  route: BenchRoute,
): Promise<PageCss> {
  const browserContext = await signedInContext(context, served);
  try {
    const page = await browserContext.newPage();
    const cdp = await browserContext.newCDPSession(page);
    // A streamed page moves <style> elements as it goes: each move removes a stylesheet and adds
    // another, so only those still there at the end are read.
    const headers = new Map<string, SheetHeader>();
    cdp.on("CSS.styleSheetAdded", ({ header }) => headers.set(header.styleSheetId, header));
    cdp.on("CSS.styleSheetRemoved", ({ styleSheetId }) => headers.delete(styleSheetId));
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    await cdp.send("CSS.startRuleUsageTracking");
    const response = await page.goto(route.path, { waitUntil: "networkidle" });
    if (!response?.ok()) {
      throw new Error(`${served.url}${route.path} answered ${response?.status() ?? "nothing"}`);
    }
    await page.getByRole("heading", { level: 1, name: route.heading }).waitFor({ timeout: 5_000 });
    const { ruleUsage } = await cdp.send("CSS.stopRuleUsageTracking");
    const sheets: SheetUsage[] = [];
    for (const header of headers.values()) {
      if (!(await ownedByDocument(cdp, header))) continue;
      const { text } = await cdp.send("CSS.getStyleSheetText", {
        styleSheetId: header.styleSheetId,
      });
      const used = ruleUsage.filter(
        (usage) => usage.styleSheetId === header.styleSheetId && usage.used,
      );
      sheets.push({ text, used });
    }
    const rules = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)),
    );
    return { sheets, rules };
  } finally {
    await browserContext.close();
  }
}
