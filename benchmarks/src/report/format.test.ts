import { describe, expect, it } from "vitest";
import {
  formatDifference,
  formatHalfWidth,
  formatPercent,
  formatRange,
  formatRatio,
  formatRatioInterval,
  formatValue,
} from "./format";

describe("formatValue", () => {
  it("writes each unit in human terms", () => {
    expect(formatValue(41_230, "bytes")).toBe("41.2 kB");
    expect(formatValue(512, "bytes")).toBe("512 B");
    expect(formatValue(1_523_400, "bytes")).toBe("1,523.4 kB");
    expect(formatValue(122.84, "ms")).toBe("122.8 ms");
    expect(formatValue(12.345, "s")).toBe("12.35 s");
    expect(formatValue(96.4, "score")).toBe("96");
    expect(formatValue(0.0123, "ratio")).toBe("0.012");
    expect(formatValue(1004, "count")).toBe("1,004");
    expect(formatValue(412.3, "requests/s")).toBe("412 req/s");
    expect(formatValue(38.25, "MB")).toBe("38.3 MB");
  });
});

describe("signed and relative figures", () => {
  it("signs differences with a true minus", () => {
    expect(formatDifference(42_300, "bytes")).toBe("+42.3 kB");
    expect(formatDifference(-400, "bytes")).toBe("−400 B");
    expect(formatDifference(0, "ms")).toBe("±0.0 ms");
  });

  it("writes ratios and shares", () => {
    expect(formatRatio(1.4145)).toBe("×1.41");
    expect(formatPercent(0.412)).toBe("41 %");
    expect(formatPercent(0.004)).toBe("0.4 %");
    expect(formatPercent(0.0218)).toBe("2.2 %");
    expect(formatPercent(0.01)).toBe("1 %");
  });

  it("gives a ratio within half a percent of 1 a third decimal, alone or as an interval's end", () => {
    expect(formatRatio(1.004)).toBe("×1.004");
    expect(formatRatio(1)).toBe("×1.00");
    expect(formatRatioInterval({ median: 1.03, low: 1.002, high: 1.041 })).toBe("×1.002–1.04");
  });

  it("writes an interval as its half-width or both ends, without the unit the figure shows", () => {
    expect(formatHalfWidth({ median: 122.8, low: 121.2, high: 124.9 }, "ms")).toBe("±1.9");
    expect(formatRange({ median: 35, low: 22.4, high: 150.2 }, "ms")).toBe("[22.4–150.2]");
    expect(formatHalfWidth({ median: 41_200, low: 40_900, high: 41_500 }, "bytes")).toBe("±300 B");
    expect(formatRange({ median: 1_100, low: 512, high: 1_200 }, "bytes")).toBe("[512 B–1.2]");
  });
});
