import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatTimeZoneNote } from "./date";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
const tokyo = { locale: "en-US", timeZone: "Asia/Tokyo" };
const losAngeles = { locale: "en-US", timeZone: "America/Los_Angeles" };
const berlin = { locale: "de-DE", timeZone: "Europe/Berlin" };

describe("formatDate", () => {
  it("shows an instant on the seller's calendar", () => {
    const lateNightUtc = new Date("2026-11-16T23:30:00Z");
    expect(formatDate(lateNightUtc, tokyo)).toBe("Nov 17, 2026");
    expect(formatDate(lateNightUtc, losAngeles)).toBe("Nov 16, 2026");
  });

  it("shows a calendar date as that day in every zone", () => {
    expect(formatDate("2026-11-16", tokyo)).toBe("Nov 16, 2026");
    expect(formatDate("2026-11-16", losAngeles)).toBe("Nov 16, 2026");
    expect(formatDate("2026-01-01", { locale: "en-US", timeZone: "Pacific/Kiritimati" })).toBe(
      "Jan 1, 2026",
    );
  });

  it("reads an ISO instant string as an instant", () => {
    expect(formatDate("2026-11-16T23:30:00Z", tokyo)).toBe("Nov 17, 2026");
  });

  it("uses the locale and the requested style", () => {
    expect(formatDate("2026-11-16", berlin, "short")).toBe("16.11.26");
    expect(formatDate("2026-11-16", berlin, "long")).toBe("16. November 2026");
  });

  it("shows day and month alone for axis labels, in the locale's order", () => {
    expect(formatDate("2026-08-31", losAngeles, "dayMonth")).toBe("Aug 31");
    expect(formatDate("2026-08-31", berlin, "dayMonth")).toBe("31. Aug.");
  });

  it("refuses text that is not a date", () => {
    expect(() => formatDate("soon", tokyo)).toThrow(RangeError);
  });
});

describe("formatDateTime", () => {
  it("shows the seller's wall clock", () => {
    const instant = new Date("2026-11-16T23:30:00Z");
    expect(plain(formatDateTime(instant, tokyo))).toBe("Nov 17, 2026, 8:30 AM");
    expect(plain(formatDateTime(instant, berlin))).toBe("17.11.2026, 00:30");
  });
});

describe("formatTimeZoneNote", () => {
  it("states the zone and its abbreviation at that moment", () => {
    const winter = new Date("2026-01-15T12:00:00Z");
    const summer = new Date("2026-07-15T12:00:00Z");
    expect(formatTimeZoneNote({ locale: "en-GB", timeZone: "Europe/Berlin" }, winter)).toBe(
      "Times are in Europe/Berlin (CET)",
    );
    expect(formatTimeZoneNote({ locale: "en-GB", timeZone: "Europe/Berlin" }, summer)).toBe(
      "Times are in Europe/Berlin (CEST)",
    );
    expect(formatTimeZoneNote({ locale: "en-US", timeZone: "America/New_York" }, winter)).toBe(
      "Times are in America/New_York (EST)",
    );
  });
});
