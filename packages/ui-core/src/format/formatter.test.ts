import { describe, expect, it } from "vitest";
import { createFormatter } from "./formatter";

describe("createFormatter", () => {
  it("binds every format to the seller's locale and zone", () => {
    const format = createFormatter({ locale: "en-US", timeZone: "Asia/Tokyo" });
    const instant = new Date("2026-11-16T23:30:00Z");
    expect(format.money(-123450, "USD")).toBe("-$1,234.50");
    expect(format.money(500, "USD", { signDisplay: "always" })).toBe("+$5.00");
    expect(format.date(instant)).toBe("Nov 17, 2026");
    expect(format.date("2026-11-16", "long")).toBe("November 16, 2026");
    expect(format.dateTime(instant).replace(/\u202f/g, " ")).toBe("Nov 17, 2026, 8:30 AM");
    expect(format.count(1234)).toBe("1,234");
    expect(format.basisPoints(290)).toBe("2.9%");
    expect(format.timeZoneNote(instant)).toBe("Times are in Asia/Tokyo (GMT+9)");
  });
});
