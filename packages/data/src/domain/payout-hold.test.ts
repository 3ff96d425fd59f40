import { describe, expect, it } from "vitest";
import { decidePayoutHold } from "./payout-hold";

describe("decidePayoutHold", () => {
  it("holds a seller without a bank account, whatever failed before", () => {
    expect(
      decidePayoutHold({
        bankAccountId: null,
        failuresOnBankAccount: [{ payoutId: "po_1", retried: false }],
      }),
    ).toEqual({ hold: { kind: "no_bank_account" }, bankAccountId: null });
  });

  it("pays to the bank account when no payout failed on it", () => {
    expect(decidePayoutHold({ bankAccountId: "ba_1", failuresOnBankAccount: [] })).toEqual({
      hold: null,
      bankAccountId: "ba_1",
    });
  });

  it("holds a bank account a payout failed on, even once that payout was retried", () => {
    expect(
      decidePayoutHold({
        bankAccountId: "ba_1",
        failuresOnBankAccount: [
          { payoutId: "po_2", retried: true },
          { payoutId: "po_1", retried: true },
        ],
      }),
    ).toEqual({ hold: { kind: "bank_account_failed", payoutId: "po_2" }, bankAccountId: "ba_1" });
  });

  it("names the newest failure still waiting for a retry as the cause", () => {
    const decision = decidePayoutHold({
      bankAccountId: "ba_1",
      failuresOnBankAccount: [
        { payoutId: "po_3", retried: true },
        { payoutId: "po_2", retried: false },
        { payoutId: "po_1", retried: false },
      ],
    });
    expect(decision.hold).toEqual({ kind: "bank_account_failed", payoutId: "po_2" });
  });
});
