import { describe, expect, it } from "vitest";
import { bankAccountKindFor, describePayoutSchedule } from "./settings";

describe("describePayoutSchedule", () => {
  it("names the weekday of a weekly schedule, Sunday being 0", () => {
    expect(describePayoutSchedule({ interval: "weekly", weekday: 0 })).toBe("Weekly on Sunday");
    expect(describePayoutSchedule({ interval: "weekly", weekday: 5 })).toBe("Weekly on Friday");
  });

  it("names the day of a monthly schedule", () => {
    expect(describePayoutSchedule({ interval: "monthly", monthDay: 31 })).toBe("Monthly on day 31");
  });
});

describe("bankAccountKindFor", () => {
  const account = {
    id: "ba_1",
    kind: "iban" as const,
    bankName: "ING",
    last4: "1234",
    holderName: "A B",
    country: "NL",
    currency: "EUR",
  };

  it("asks for the kind of the account already on file", () => {
    expect(bankAccountKindFor({ bankAccount: account, country: "US", currency: "USD" })).toBe(
      "iban",
    );
  });

  it("asks a US dollar seller for ACH details and a yen seller for Zengin details", () => {
    expect(bankAccountKindFor({ bankAccount: null, country: "US", currency: "USD" })).toBe(
      "us_ach",
    );
    expect(bankAccountKindFor({ bankAccount: null, country: "JP", currency: "JPY" })).toBe(
      "jp_zengin",
    );
  });

  it("asks anyone else for an IBAN", () => {
    expect(bankAccountKindFor({ bankAccount: null, country: "DE", currency: "EUR" })).toBe("iban");
    expect(bankAccountKindFor({ bankAccount: null, country: "GB", currency: "USD" })).toBe("iban");
  });
});
