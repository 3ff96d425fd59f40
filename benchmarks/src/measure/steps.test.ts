import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import type { Step } from "../config/interaction-cases";
import { describeStep, locate, stepTrigger } from "./steps";

/** A stand-in page that records the getByRole chain a locator is built from. */
function recordingPage(): { page: Page; calls: string[] } {
  const calls: string[] = [];
  const scope = (path: string) => ({
    getByRole(role: string, options: { name: string | RegExp; exact?: boolean }) {
      const name = options.name instanceof RegExp ? options.name.toString() : `"${options.name}"`;
      const call = `${path}${role} ${name}${options.exact ? " exact" : ""}`;
      calls.push(call);
      return scope(`${call} > `);
    },
  });
  return { page: scope("") as unknown as Page, calls };
}

describe("locate", () => {
  test("finds an element by role and exact accessible name", () => {
    const { page, calls } = recordingPage();
    locate(page, { role: "button", name: "Show fewer" });
    expect(calls).toEqual(['button "Show fewer" exact']);
  });

  test("a prefix name matches the start of the name, special characters taken literally", () => {
    const { page, calls } = recordingPage();
    locate(page, { role: "button", name: "Show all (1,004)", prefix: true });
    expect(calls).toEqual(["button /^Show all \\(1,004\\)/"]);
  });

  test("within a table or a navigation, the element is looked for inside it", () => {
    const { page, calls } = recordingPage();
    locate(page, { role: "button", name: "Net", within: { table: "Transactions" } });
    locate(page, { role: "link", name: "Payouts", within: { navigation: "Main" } });
    expect(calls).toEqual([
      'table "Transactions" exact',
      'table "Transactions" exact > button "Net" exact',
      'navigation "Main" exact',
      'navigation "Main" exact > link "Payouts" exact',
    ]);
  });
});

test("a click starts its window at the click, keyboard steps at their first keydown", () => {
  const steps: Step[] = [
    { click: { role: "button", name: "Open" } },
    { type: { role: "searchbox", name: "Filter" }, text: "ord_" },
    { clear: { role: "searchbox", name: "Filter" } },
    { press: "Escape" },
  ];
  expect(steps.map(stepTrigger)).toEqual(["click", "keydown", "keydown", "keydown"]);
  expect(steps.map(describeStep)).toEqual([
    'click the button "Open"',
    'type "ord_" into the searchbox "Filter"',
    'clear the searchbox "Filter"',
    "press Escape",
  ]);
});
