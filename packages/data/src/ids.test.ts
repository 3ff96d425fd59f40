import { describe, expect, it } from "vitest";
import { idFromBytes, isIdOf, newId } from "./ids";

describe("public ids", () => {
  it("carry the prefix of what they name", () => {
    expect(newId("payout")).toMatch(/^po_[0-9a-z]{14}$/);
    expect(isIdOf("payout", newId("payout"))).toBe(true);
    expect(isIdOf("order", newId("payout"))).toBe(false);
    expect(isIdOf("payout", "po_'; drop table payouts;--")).toBe(false);
  });

  it("are reproducible from the same bytes", () => {
    const bytes = Uint8Array.from({ length: 14 }, (_, index) => index * 17);
    expect(idFromBytes("order", bytes)).toBe(idFromBytes("order", bytes));
  });
});
