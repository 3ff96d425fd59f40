import { describe, expect, it } from "vitest";
import { formatBasisPoints, formatCount } from "./number";

describe("formatCount", () => {
  it("groups digits the locale's way", () => {
    expect(formatCount(123456, "en-US")).toBe("123,456");
    expect(formatCount(123456, "de-DE")).toBe("123.456");
  });
});

describe("formatBasisPoints", () => {
  it("shows basis points as a percentage", () => {
    expect(formatBasisPoints(150, "en-US")).toBe("1.5%");
    expect(formatBasisPoints(125, "en-US")).toBe("1.25%");
    expect(formatBasisPoints(1000, "en-US")).toBe("10%");
    expect(formatBasisPoints(150, "de-DE").replace(/\u00a0/g, " ")).toBe("1,5 %");
  });
});
