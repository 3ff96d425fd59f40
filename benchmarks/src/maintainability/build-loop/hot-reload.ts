// Hot reload, measured in the browser: a style change is saved to disk and the page watches the
// element's computed style on every animation frame until it is the new value, the frame that
// paints it. Both moments are read from the system's clock (performance.timeOrigin + now, in the
// harness and in the page alike), so the difference is the time from the save to the change on
// screen, whatever the dev server did in between (recompiling, Fast Refresh, new CSS, a reload).
// The watcher keeps its state in sessionStorage and is installed on every document, so a full
// page reload does not lose the change.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { Page } from "playwright-core";
import type { StyleEdit } from "./style-edits";

const key = "payout-bench-hot-reload";
const waitLimitMs = 60_000;

interface WatchTarget {
  selector: string;
  property: string;
  key: string;
}

/** Runs in the page: on each frame, notes when the element's style first equals the expected. */
function watchStyle({ selector, property, key }: WatchTarget): void {
  const flag = `${key}:installed`;
  const page = window as unknown as Record<string, boolean>;
  if (page[flag]) return;
  page[flag] = true;
  const tick = () => {
    const expected = sessionStorage.getItem(`${key}:expected`);
    const element = document.querySelector(selector);
    if (expected !== null && element && sessionStorage.getItem(`${key}:seen`) === null) {
      if (getComputedStyle(element).getPropertyValue(property) === expected) {
        sessionStorage.setItem(`${key}:seen`, String(performance.timeOrigin + performance.now()));
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Runs in the page: what `value` computes to for `property`, and the element's value now. */
function computeValues([selector, property, value]: [string, string, string]) {
  const probe = document.createElement("span");
  probe.style.setProperty(property, value);
  document.body.append(probe);
  const computed = getComputedStyle(probe).getPropertyValue(property);
  probe.remove();
  const element = document.querySelector(selector);
  return { computed, current: element && getComputedStyle(element).getPropertyValue(property) };
}

/** Runs in the page: the value to watch for, from now on. */
function expectValue([key, value]: [string, string]): void {
  sessionStorage.removeItem(`${key}:seen`);
  sessionStorage.setItem(`${key}:expected`, value);
}

/** The moment the page saw the expected style, polled through reloads and navigations. */
async function seenAt(page: Page): Promise<number> {
  const deadline = performance.now() + waitLimitMs;
  while (performance.now() < deadline) {
    try {
      const seen = await page.evaluate((k) => sessionStorage.getItem(`${k}:seen`), key);
      if (seen !== null) return Number(seen);
    } catch {
      // The page is reloading: ask the next document.
    }
    await sleep(50);
  }
  throw new Error(`The style change did not show within ${waitLimitMs / 1000} s`);
}

export function applyEdit(text: string, edit: StyleEdit, forward: boolean): string {
  const [from, to] = forward ? [edit.from, edit.to] : [edit.to, edit.from];
  const parts = text.split(from);
  if (parts.length !== 2) {
    throw new Error(`${edit.file}: expected "${from}" once, found it ${parts.length - 1} times`);
  }
  return parts.join(to);
}

/**
 * Saves the change `warmups + edits` times, alternating the two values, and returns the measured
 * times (ms from the save to the frame that shows it); the file is left as it was found.
 */
export async function measureHotReloads(
  page: Page,
  repoDir: string,
  edit: StyleEdit,
  { warmups, edits, settleMs }: { warmups: number; edits: number; settleMs: number },
): Promise<number[]> {
  const file = join(repoDir, edit.file);
  const original = readFileSync(file, "utf8");
  const target: WatchTarget = { selector: edit.selector, property: edit.property, key };
  await page.context().addInitScript(watchStyle, target);
  await page.evaluate(watchStyle, target);
  const values = await Promise.all(
    [edit.fromValue, edit.toValue].map((value) =>
      page.evaluate(computeValues, [edit.selector, edit.property, value] as [
        string,
        string,
        string,
      ]),
    ),
  );
  const [before, after] = values.map((value) => value.computed) as [string, string];
  if (values[0]?.current !== before || before === after) {
    throw new Error(
      `${edit.selector}'s ${edit.property} is ${values[0]?.current}, not ${edit.fromValue} (${before}), or that equals ${edit.toValue}`,
    );
  }
  const times: number[] = [];
  let text = original;
  try {
    for (let run = 0; run < warmups + edits; run++) {
      const forward = run % 2 === 0;
      await page.evaluate(expectValue, [key, forward ? after : before] as [string, string]);
      text = applyEdit(text, edit, forward);
      const savedAt = performance.timeOrigin + performance.now();
      writeFileSync(file, text);
      const shownAt = await seenAt(page);
      if (run >= warmups) times.push(shownAt - savedAt);
      await sleep(settleMs);
    }
  } finally {
    writeFileSync(file, original);
  }
  return times;
}
