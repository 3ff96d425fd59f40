// A case's steps, done as a person would: an element found by role and accessible name, clicked
// with the mouse or typed into key by key. Each step comes in two parts: getting ready (finding
// the element, waiting for it to hydrate, scrolling, hovering, focusing: untimed) and the input
// itself (timed), so a measured window holds only the input and what the page does with it, and
// none of Playwright's own actionability scripts.
import type { Locator, Page } from "playwright-core";
import type { ElementRef, Step } from "../config/interaction-cases";
import type { InputTrigger } from "./trace-window";

export interface PreparedStep {
  /** The input event the step's timed part starts with. */
  trigger: InputTrigger;
  perform(): Promise<void>;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function locate(page: Page, ref: ElementRef): Locator {
  const within = ref.within;
  const scope = !within
    ? page
    : "table" in within
      ? page.getByRole("table", { name: within.table, exact: true })
      : page.getByRole("navigation", { name: within.navigation, exact: true });
  return ref.prefix
    ? scope.getByRole(ref.role, { name: new RegExp(`^${escapeRegExp(ref.name)}`) })
    : scope.getByRole(ref.role, { name: ref.name, exact: true });
}

export function describeStep(step: Step): string {
  const element = (ref: ElementRef) =>
    `the ${ref.role} "${ref.name}${ref.prefix ? "…" : ""}"` +
    (ref.within
      ? ` in the ${"table" in ref.within ? `table "${ref.within.table}"` : `navigation "${ref.within.navigation}"`}`
      : "");
  if ("click" in step) return `click ${element(step.click)}`;
  if ("type" in step) return `type "${step.text}" into ${element(step.type)}`;
  if ("clear" in step) return `clear ${element(step.clear)}`;
  return `press ${step.press}`;
}

export function stepTrigger(step: Step): InputTrigger {
  return "click" in step ? "click" : "keydown";
}

const hydrationTimeoutMs = 30_000;

/**
 * Server-rendered markup is on screen before React hydrates it; an input then does nothing. React
 * puts its props (the handlers) on an element when it hydrates it.
 */
async function waitUntilHydrated(page: Page, target: Locator): Promise<void> {
  const element = await target.elementHandle({ timeout: hydrationTimeoutMs });
  try {
    await page.waitForFunction(
      (node) => Object.keys(node).some((key) => key.startsWith("__reactProps$")),
      element,
      { timeout: hydrationTimeoutMs },
    );
  } finally {
    await element.dispose();
  }
}

async function ready(page: Page, ref: ElementRef): Promise<Locator> {
  const target = locate(page, ref);
  await waitUntilHydrated(page, target);
  await target.scrollIntoViewIfNeeded();
  return target;
}

/** Gets the page ready for a step's input; the returned `perform` is the input alone. */
export async function prepareStep(page: Page, step: Step): Promise<PreparedStep> {
  try {
    return await prepare(page, step);
  } catch (error) {
    const [firstLine] = (error as Error).message.split("\n");
    throw new Error(`${describeStep(step)}: ${firstLine}`, { cause: error });
  }
}

async function prepare(page: Page, step: Step): Promise<PreparedStep> {
  const trigger = stepTrigger(step);
  if ("click" in step) {
    const control = await ready(page, step.click);
    // A radio drawn by its label (the input visually hidden under an icon) is clicked where a
    // person clicks it: on the label around it.
    const label = control.locator("xpath=ancestor::label[1]");
    const target = step.click.role === "radio" && (await label.count()) === 1 ? label : control;
    // Playwright's checks (visible, stable, enabled, not covered), without the click.
    await target.click({ trial: true });
    const box = await target.boundingBox();
    if (!box) throw new Error(`${describeStep(step)}: the element has no box`);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    return {
      trigger,
      async perform() {
        await page.mouse.down();
        await page.mouse.up();
      },
    };
  }
  if ("type" in step) {
    await (await ready(page, step.type)).focus();
    return { trigger, perform: () => page.keyboard.type(step.text) };
  }
  if ("clear" in step) {
    await (await ready(page, step.clear)).focus();
    // Selecting is getting ready; the one Backspace that empties the box is the input.
    await page.keyboard.press("ControlOrMeta+A");
    return { trigger, perform: () => page.keyboard.press("Backspace") };
  }
  return { trigger, perform: () => page.keyboard.press(step.press) };
}
