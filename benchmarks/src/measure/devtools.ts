// The DevTools protocol calls the measurements share: a page's own session, a full garbage
// collection, and Chrome's CPU throttling.
import type { CDPSession, Page } from "playwright-core";

export function devtoolsSession(page: Page): Promise<CDPSession> {
  return page.context().newCDPSession(page);
}

/** A full, synchronous collection of the page's JS heap (what DevTools' "Collect garbage" does). */
export async function collectGarbage(session: CDPSession): Promise<void> {
  await session.send("HeapProfiler.collectGarbage");
}

/** Slows the page's main thread by `rate` (1: full speed). */
export async function throttleCpu(session: CDPSession, rate: number): Promise<void> {
  await session.send("Emulation.setCPUThrottlingRate", { rate });
}
