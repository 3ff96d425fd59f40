import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { parseInput, ValidationError } from "../errors";
import { bankAccountKind } from "../schema";
import { bankAccountInputSchema, hasAbaChecksum } from "./bank-account-validation";

const holderName = "Ana Müller";

function issuesOf(input: unknown) {
  try {
    parseInput(bankAccountInputSchema, input);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error("the input was accepted");
}

describe("IBAN accounts", () => {
  it.each([
    ["DE89370400440532013000"],
    ["GB29NWBK60161331926819"],
    ["FR1420041010050500013M02606"],
    ["NL91ABNA0417164300"],
    ["ES9121000418450200051332"],
    ["CH9300762011623852957"],
  ])("accepts %s", (iban) => {
    expect(parseInput(bankAccountInputSchema, { kind: "iban", iban, holderName })).toEqual({
      kind: "iban",
      iban,
      holderName,
    });
  });

  it("stores the electronic format of an IBAN typed in groups and lower case", () => {
    const account = parseInput(bankAccountInputSchema, {
      kind: "iban",
      iban: " de89 3704 0044 0532 0130 00 ",
      holderName: `  ${holderName} `,
    });
    expect(account).toEqual({ kind: "iban", iban: "DE89370400440532013000", holderName });
  });

  it.each([
    ["DE89370400440532013001", "The IBAN's check digits don't match — check for a typo."],
    ["DE8937040044053201300", "An IBAN from Germany has 22 characters; this one has 21."],
    ["XX89370400440532013000", expect.stringContaining("country that uses IBANs")],
    ["", "Enter your IBAN."],
    ["CH4431999123000889012", expect.stringContaining("QR-IBAN")],
  ])("refuses %s on the iban field with a message a seller understands", (iban, message) => {
    expect(issuesOf({ kind: "iban", iban, holderName })).toEqual([{ field: "iban", message }]);
  });

  it("needs the holder's name", () => {
    expect(issuesOf({ kind: "iban", iban: "NL91ABNA0417164300", holderName: " " })).toEqual([
      { field: "holderName", message: "Enter the account holder's full name." },
    ]);
  });
});

describe("US (ACH) accounts", () => {
  const valid = { kind: "us_ach", routingNumber: "021000021", accountNumber: "000123456789" };

  it("accepts a routing number with a valid ABA checksum and a 4–17 digit account", () => {
    expect(parseInput(bankAccountInputSchema, { ...valid, holderName })).toEqual({
      ...valid,
      holderName,
    });
  });

  it("refuses a routing number whose ABA checksum fails", () => {
    expect(issuesOf({ ...valid, routingNumber: "021000022", holderName })).toEqual([
      { field: "routingNumber", message: "This routing number doesn't exist — check for a typo." },
    ]);
  });

  it.each([["12345678"], ["0210000211"], ["02100002a"]])(
    "refuses the routing number %s that is not 9 digits",
    (routingNumber) => {
      expect(issuesOf({ ...valid, routingNumber, holderName })).toEqual([
        { field: "routingNumber", message: "A routing number has exactly 9 digits." },
      ]);
    },
  );

  it.each([["123"], ["123456789012345678"]])(
    "refuses the account number %s outside 4–17 digits",
    (accountNumber) => {
      expect(issuesOf({ ...valid, accountNumber, holderName })).toEqual([
        { field: "accountNumber", message: "A US account number has 4 to 17 digits." },
      ]);
    },
  );

  it("reports every wrong field at once", () => {
    const fields = issuesOf({ kind: "us_ach", routingNumber: "1", accountNumber: "2" }).map(
      (issue) => issue.field,
    );
    expect(fields).toEqual(["routingNumber", "accountNumber", "holderName"]);
  });

  test.prop([fc.stringMatching(/^\d{8}$/), fc.integer({ min: 1, max: 9 })])(
    "the ABA checksum catches every single-digit typo in the check digit",
    (firstEight, typo) => {
      const check = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].find((digit) =>
        hasAbaChecksum(`${firstEight}${digit}`),
      );
      if (check === undefined) throw new Error("some check digit always completes the sum");
      expect(hasAbaChecksum(`${firstEight}${(check + typo) % 10}`)).toBe(false);
    },
  );
});

describe("Japanese (Zengin) accounts", () => {
  const valid = {
    kind: "jp_zengin",
    bankCode: "0005",
    branchCode: "123",
    accountType: "futsu",
    accountNumber: "1234567",
    holderName: "サクラ ラーメン",
  } as const;

  it("accepts a bank code, branch code, account type and 7-digit number in katakana", () => {
    expect(parseInput(bankAccountInputSchema, valid)).toEqual(valid);
    expect(parseInput(bankAccountInputSchema, { ...valid, accountType: "toza" })).toEqual({
      ...valid,
      accountType: "toza",
    });
  });

  it("reads full-width digits and half-width katakana as a Japanese keyboard types them", () => {
    const typed = {
      ...valid,
      bankCode: "０００５",
      branchCode: "１２３",
      accountNumber: "123-4567",
      holderName: " ｻｸﾗ　ﾗｰﾒﾝ ",
    };
    expect(parseInput(bankAccountInputSchema, typed)).toEqual(valid);
  });

  it("accepts a holder's name in latin letters", () => {
    const account = parseInput(bankAccountInputSchema, { ...valid, holderName: "SAKURA RAMEN" });
    expect(account.holderName).toBe("SAKURA RAMEN");
  });

  it.each([
    ["bankCode", "005", "A bank code has exactly 4 digits."],
    ["bankCode", "", "Enter your 4-digit bank code."],
    ["branchCode", "12a", "A branch code has exactly 3 digits."],
    ["branchCode", "1234", "A branch code has exactly 3 digits."],
    [
      "accountNumber",
      "123456",
      "A Japanese account number has 7 digits: add zeros in front of a shorter one.",
    ],
    ["accountNumber", "", "Enter your 7-digit account number."],
    ["accountType", "savings", "Choose the account type: futsu (ordinary) or toza (current)."],
    [
      "holderName",
      "桜ラーメン",
      "Write the account holder's name in katakana or latin letters, as your bankbook shows it, not in kanji or hiragana.",
    ],
    [
      "holderName",
      "さくら",
      "Write the account holder's name in katakana or latin letters, as your bankbook shows it, not in kanji or hiragana.",
    ],
    [
      "holderName",
      "サクラ!",
      "The account holder's name can have only katakana, latin letters, digits, spaces and the marks . , ( ) - / & '",
    ],
    [
      "holderName",
      "  ",
      "Enter the account holder's name as your bank has it, in katakana or latin letters.",
    ],
  ])("refuses %s %j with a message on that field", (field, value, message) => {
    expect(issuesOf({ ...valid, [field]: value })).toEqual([{ field, message }]);
  });

  it("reports every wrong field at once", () => {
    const fields = issuesOf({ kind: "jp_zengin", bankCode: "1", accountNumber: "2" }).map(
      (issue) => issue.field,
    );
    expect(fields).toEqual([
      "bankCode",
      "branchCode",
      "accountType",
      "accountNumber",
      "holderName",
    ]);
  });
});

it("refuses an unknown kind of account on the kind field", () => {
  expect(issuesOf({ kind: "swift", holderName })).toEqual([
    {
      field: "kind",
      message:
        "Choose the kind of bank account: an IBAN, a US account (ACH) or a Japanese account (Zengin).",
    },
  ]);
});

it("knows every kind of account the database stores", () => {
  expect(bankAccountInputSchema.options.map((option) => option.shape.kind.value)).toEqual(
    bankAccountKind.enumValues,
  );
});
