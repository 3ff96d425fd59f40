import { describe, expect, it } from "vitest";
import { hrefWithSearchParams } from "./search-params";

describe("hrefWithSearchParams", () => {
  it("adds a key to a URL without params", () => {
    expect(hrefWithSearchParams("/payouts", "", { sort: "amount" })).toBe("/payouts?sort=amount");
  });

  it("replaces a key in place and keeps the other keys in order", () => {
    expect(
      hrefWithSearchParams("/payouts", "?currency=EUR&sort=date&size=50", { sort: "amount" }),
    ).toBe("/payouts?currency=EUR&sort=amount&size=50");
  });

  it("repeats a key for an array, replacing all its earlier values", () => {
    const current = new URLSearchParams("status=paid&q=po_1&status=failed");
    expect(hrefWithSearchParams("/payouts", current, { status: ["in_transit", "canceled"] })).toBe(
      "/payouts?status=in_transit&status=canceled&q=po_1",
    );
  });

  it("removes keys set to null, undefined, an empty string or an empty array", () => {
    const current = "a=1&b=2&c=3&d=4&e=5";
    expect(hrefWithSearchParams("/x", current, { a: null, b: undefined, c: "", d: [] })).toBe(
      "/x?e=5",
    );
  });

  it("drops the listed keys, such as page cursors when a filter changes", () => {
    expect(
      hrefWithSearchParams(
        "/payouts",
        "status=paid&after=po_9&before=po_1",
        { currency: "USD" },
        { drop: ["after", "before"] },
      ),
    ).toBe("/payouts?status=paid&currency=USD");
  });

  it("sets a key that is updated and dropped at once", () => {
    expect(
      hrefWithSearchParams("/payouts", "after=po_9", { after: "po_10" }, { drop: ["after"] }),
    ).toBe("/payouts?after=po_10");
  });

  it("returns the pathname alone when no params remain", () => {
    expect(hrefWithSearchParams("/activity", "type=fee", { type: null })).toBe("/activity");
  });

  it("encodes values", () => {
    expect(hrefWithSearchParams("/payouts", "", { q: "a&b c" })).toBe("/payouts?q=a%26b+c");
  });

  it("leaves the current params untouched", () => {
    const current = new URLSearchParams("sort=date");
    hrefWithSearchParams("/payouts", current, { sort: "amount" });
    expect(current.toString()).toBe("sort=date");
  });
});
