import { describe, expect, it } from "vitest";
import { formatMoney, minorUnitDigits, toMajorUnitsText } from "./money";

// Intl puts narrow no-break spaces and no-break spaces in some locales.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("minorUnitDigits", () => {
  it("knows each currency's minor unit from ISO 4217", () => {
    expect(minorUnitDigits("USD")).toBe(2);
    expect(minorUnitDigits("EUR")).toBe(2);
    expect(minorUnitDigits("JPY")).toBe(0);
    expect(minorUnitDigits("KWD")).toBe(3);
  });
});

describe("formatMoney", () => {
  it("formats USD minor units in en-US", () => {
    expect(formatMoney(123450, "USD", "en-US")).toBe("$1,234.50");
  });

  it("formats EUR in the German way", () => {
    expect(plain(formatMoney(123450, "EUR", "de-DE"))).toBe("1.234,50 €");
  });

  it("formats JPY without decimals, minor units being yen", () => {
    expect(formatMoney(1200, "JPY", "ja-JP")).toBe("￥1,200");
  });

  it("shows negative amounts with a minus sign", () => {
    expect(formatMoney(-505, "USD", "en-US")).toBe("-$5.05");
    expect(formatMoney(-1200, "JPY", "ja-JP")).toBe("-￥1,200");
  });

  it("keeps one precision per currency, so a column aligns", () => {
    expect(formatMoney(100, "USD", "en-US")).toBe("$1.00");
    expect(formatMoney(120, "USD", "en-US")).toBe("$1.20");
    expect(formatMoney(1, "USD", "en-US")).toBe("$0.01");
    expect(formatMoney(0, "JPY", "ja-JP")).toBe("￥0");
  });

  it("honours the sign display", () => {
    expect(formatMoney(500, "USD", "en-US", { signDisplay: "always" })).toBe("+$5.00");
    expect(formatMoney(0, "USD", "en-US", { signDisplay: "exceptZero" })).toBe("$0.00");
    expect(formatMoney(-500, "USD", "en-US", { signDisplay: "negative" })).toBe("-$5.00");
    expect(formatMoney(500, "USD", "en-US", { signDisplay: "negative" })).toBe("$5.00");
  });

  it("formats amounts beyond a double's exact cents without rounding them", () => {
    expect(formatMoney(9_007_199_254_740_991, "USD", "en-US")).toBe("$90,071,992,547,409.91");
  });

  it("does not mix up cached formatters for other options", () => {
    formatMoney(500, "USD", "en-US", { signDisplay: "always" });
    expect(formatMoney(500, "USD", "en-US")).toBe("$5.00");
    expect(plain(formatMoney(500, "USD", "de-DE"))).toBe("5,00 $");
  });
});

describe("toMajorUnitsText", () => {
  it("writes plain major units for form fields", () => {
    expect(toMajorUnitsText(123450, "USD")).toBe("1234.50");
    expect(toMajorUnitsText(5, "EUR")).toBe("0.05");
    expect(toMajorUnitsText(-5, "USD")).toBe("-0.05");
    expect(toMajorUnitsText(1200, "JPY")).toBe("1200");
  });

  it("refuses amounts that are not integer minor units", () => {
    expect(() => toMajorUnitsText(12.5, "USD")).toThrow(RangeError);
  });
});
