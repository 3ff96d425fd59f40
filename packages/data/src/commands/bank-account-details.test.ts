import { describe, expect, it } from "vitest";
import { type BankAccountInput, bankAccountInputSchema } from "../domain/bank-account-validation";
import { parseInput } from "../errors";
import { bankAccountDetails } from "./bank-account-details";

const detailsOf = (input: BankAccountInput) =>
  bankAccountDetails(parseInput(bankAccountInputSchema, input));

describe("bankAccountDetails of a Japanese (Zengin) account", () => {
  const mufg = {
    kind: "jp_zengin",
    bankCode: "0005",
    branchCode: "123",
    accountType: "futsu",
    accountNumber: "1234567",
    holderName: "サクラ ラーメン",
  } as const;

  it("keeps the bank's name, the number's last four digits and a fingerprint, never the number", () => {
    const details = detailsOf(mufg);
    expect(details).toEqual({
      kind: "jp_zengin",
      bankName: "MUFG Bank",
      holderName: "サクラ ラーメン",
      country: "JP",
      last4: "4567",
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(JSON.stringify(details)).not.toContain("1234567");
  });

  it.each([
    ["0001", "Mizuho Bank"],
    ["0009", "Sumitomo Mitsui Banking Corporation"],
    ["9900", "Japan Post Bank"],
    ["0158", "Bank in Japan"],
  ])("names bank code %s %s", (bankCode, bankName) => {
    expect(detailsOf({ ...mufg, bankCode }).bankName).toBe(bankName);
  });

  it("fingerprints the same account alike however it was typed, and another account apart", () => {
    const same = detailsOf({ ...mufg, bankCode: "０００５", accountNumber: "123 4567" });
    expect(same.fingerprint).toBe(detailsOf(mufg).fingerprint);
    for (const other of [
      { ...mufg, accountType: "toza" as const },
      { ...mufg, branchCode: "124" },
      { ...mufg, bankCode: "0001" },
      { ...mufg, accountNumber: "1234568" },
    ]) {
      expect(detailsOf(other).fingerprint).not.toBe(detailsOf(mufg).fingerprint);
    }
  });
});
