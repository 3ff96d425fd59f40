import { describe, expect, it } from "vitest";
import {
  failureMessage,
  payoutFailureCodeSchema,
  payoutFailureCodes,
  payoutFailureMessages,
} from "./payout-failure-codes";

describe("payout failure codes", () => {
  it("tells the seller, for every code, the one step that lifts the hold: another bank account", () => {
    for (const code of payoutFailureCodes) {
      expect(payoutFailureMessages[code]).toMatch(
        /\. Add a .*bank account.*, then retry the payout\.$/,
      );
    }
    expect(payoutFailureMessages.account_closed).toBe(
      "The bank account has been closed. Add a new bank account, then retry the payout.",
    );
  });

  it("accepts every listed code and refuses the failures of a debit and unknown codes", () => {
    for (const code of payoutFailureCodes) {
      expect(payoutFailureCodeSchema.safeParse(code).success).toBe(true);
    }
    for (const code of ["insufficient_funds", "debit_not_authorized", "ACCOUNT_CLOSED", ""]) {
      expect(payoutFailureCodeSchema.safeParse(code).success).toBe(false);
    }
  });
});

describe("failureMessage", () => {
  it("shows the table's words for a known code, even over an older stored message", () => {
    expect(failureMessage("no_account", "The bank could not find the account.")).toBe(
      payoutFailureMessages.no_account,
    );
  });

  it("falls back to the stored message for a code it does not know", () => {
    expect(failureMessage("incorrect_account_holder_address", "The address does not match.")).toBe(
      "The address does not match.",
    );
  });

  it("falls back to a generic message when neither the code nor a stored message helps", () => {
    const generic = failureMessage("some_future_code");
    expect(generic).toMatch(/Add a new bank account, then retry the payout\.$/);
    expect(failureMessage(null, null)).toBe(generic);
    expect(Object.values(payoutFailureMessages)).not.toContain(generic);
  });
});
