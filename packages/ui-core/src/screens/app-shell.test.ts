import { describe, expect, it } from "vitest";
import { dashboardNavItems, isNavItemCurrent } from "./app-shell";

function currentLabels(pathname: string): string[] {
  return dashboardNavItems
    .filter((item) => isNavItemCurrent(item, pathname))
    .map((item) => item.label);
}

describe("isNavItemCurrent", () => {
  it("marks Overview only on the root path", () => {
    expect(currentLabels("/")).toEqual(["Overview"]);
  });

  it("marks a section on its own path and on the pages under it", () => {
    expect(currentLabels("/payouts")).toEqual(["Payouts"]);
    expect(currentLabels("/payouts/po_123")).toEqual(["Payouts"]);
    expect(currentLabels("/activity")).toEqual(["Balance activity"]);
  });

  it("does not match a path that only starts with the same letters", () => {
    expect(currentLabels("/payouts-archive")).toEqual([]);
  });

  it("marks nothing on a page outside the navigation", () => {
    expect(currentLabels("/orders/ord_1")).toEqual([]);
  });

  it("treats an item without a match mode as exact", () => {
    expect(isNavItemCurrent({ href: "/settings", label: "Settings" }, "/settings/bank")).toBe(
      false,
    );
  });
});
