import { describe, expect, it } from "vitest";
import { firstInvalidField } from "./first-invalid-field";

const control = (name: string, type = "text", disabled = false) => ({ name, type, disabled });

describe("firstInvalidField", () => {
  it("picks the first control in document order that has an error", () => {
    const controls = [control("bankName"), control("routing"), control("account")];
    expect(firstInvalidField(controls, { account: "Too short", routing: "Nine digits" })).toBe(
      controls[1],
    );
  });

  it("skips hidden and disabled controls", () => {
    const controls = [control("kind", "hidden"), control("bank", "text", true), control("holder")];
    expect(
      firstInvalidField(controls, { kind: "Unknown", bank: "Required", holder: "Required" }),
    ).toBe(controls[2]);
  });

  it("finds nothing without field errors", () => {
    expect(firstInvalidField([control("amount")], undefined)).toBeUndefined();
    expect(firstInvalidField([control("amount")], {})).toBeUndefined();
  });
});
