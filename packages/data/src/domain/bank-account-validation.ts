// A seller's bank account as the settings form submits it, validated field by field. Issue paths
// are the form's field names ("iban", "routingNumber", "branchCode", …) and messages say what to
// fix, so the form can show each one under its field. ibantools knows every country's IBAN format
// and checksums; the ABA routing checksum is three lines, so it is written here. A Japanese
// (Zengin) account is a bank code, a branch code, an account type and a 7-digit number, held in
// the name the bank has on file: katakana, or latin letters.
import {
  electronicFormatIBAN,
  getCountrySpecifications,
  ValidationErrorsIBAN,
  validateIBAN,
} from "ibantools";
import { z } from "zod";

const countryNames = new Intl.DisplayNames(["en"], { type: "region" });
const countryName = (code: string) => countryNames.of(code) ?? code;

/** A string field: normalized, then checked; the first problem found is the field's message. */
function checkedField(
  missing: string,
  normalize: (raw: string) => string,
  problemOf: (value: string) => string | null,
) {
  return z.string({ error: missing }).transform((raw, ctx) => {
    const value = normalize(raw);
    const problem = value === "" ? missing : problemOf(value);
    if (problem === null) return value;
    ctx.addIssue({ code: "custom", message: problem });
    return z.NEVER;
  });
}

/** The IBAN problems in the order a seller should fix them: the first one found is shown. */
const ibanProblems: [ValidationErrorsIBAN, (iban: string, chars: number | null) => string][] = [
  [
    ValidationErrorsIBAN.WrongBBANLength,
    (iban, chars) =>
      `An IBAN from ${countryName(iban.slice(0, 2))} has ${chars} characters; this one has ${iban.length}.`,
  ],
  [
    ValidationErrorsIBAN.WrongBBANFormat,
    (iban) =>
      `This isn't how an IBAN from ${countryName(iban.slice(0, 2))} looks — check for a typo.`,
  ],
  [
    ValidationErrorsIBAN.ChecksumNotNumber,
    () => "The IBAN's check digits (its 3rd and 4th characters) must be numbers.",
  ],
  [
    ValidationErrorsIBAN.WrongIBANChecksum,
    () => "The IBAN's check digits don't match — check for a typo.",
  ],
  [
    ValidationErrorsIBAN.WrongAccountBankBranchChecksum,
    () => "The account number in this IBAN doesn't add up — check for a typo.",
  ],
  [
    ValidationErrorsIBAN.QRIBANNotAllowed,
    () => "This is a QR-IBAN, which is only for invoices: enter your account's regular IBAN.",
  ],
];

function ibanProblem(iban: string): string | null {
  const spec = getCountrySpecifications()[iban.slice(0, 2)];
  if (!spec?.IBANRegistry) {
    return "An IBAN starts with the code of a country that uses IBANs, such as DE or FR.";
  }
  const { errorCodes } = validateIBAN(iban, { allowQRIBAN: false });
  const problem = ibanProblems.find(([code]) => errorCodes.includes(code));
  return problem ? problem[1](iban, spec.chars) : null;
}

/** The ABA checksum: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) is a multiple of 10. */
export function hasAbaChecksum(routingNumber: string): boolean {
  const weights = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  const sum = [...routingNumber].reduce(
    (total, digit, index) => total + Number(digit) * (weights[index] ?? 0),
    0,
  );
  return sum % 10 === 0;
}

const withoutSpacesOrDashes = (raw: string) => raw.replace(/[\s-]/g, "");

const holderNameSchema = z
  .string({ error: "Enter the account holder's name." })
  .trim()
  .min(2, "Enter the account holder's full name.")
  .max(70, "The account holder's name can be at most 70 characters.");

export const ibanBankAccountSchema = z.object({
  kind: z.literal("iban"),
  iban: checkedField("Enter your IBAN.", (raw) => electronicFormatIBAN(raw) ?? "", ibanProblem),
  holderName: holderNameSchema,
});

export const usAchBankAccountSchema = z.object({
  kind: z.literal("us_ach"),
  routingNumber: checkedField(
    "Enter your 9-digit routing number.",
    withoutSpacesOrDashes,
    (value) => {
      if (!/^\d{9}$/.test(value)) return "A routing number has exactly 9 digits.";
      if (!hasAbaChecksum(value)) return "This routing number doesn't exist — check for a typo.";
      return null;
    },
  ),
  accountNumber: checkedField("Enter your account number.", withoutSpacesOrDashes, (value) =>
    /^\d{4,17}$/.test(value) ? null : "A US account number has 4 to 17 digits.",
  ),
  holderName: holderNameSchema,
});

/** Full-width digits, as a Japanese keyboard may type them, become ASCII; spaces and dashes go. */
const zenginDigits = (raw: string) => raw.normalize("NFKC").replace(/[\s-]/g, "");

const digitsField = (missing: string, digits: number, wrong: string) =>
  checkedField(missing, zenginDigits, (value) =>
    value.length === digits && /^\d+$/.test(value) ? null : wrong,
  );

export const zenginAccountTypes = ["futsu", "toza"] as const;

const kanjiOrHiragana = /[\p{Script=Han}\p{Script=Hiragana}]/u;
const zenginNameCharacters = /^[\p{Script=Katakana}ー・A-Za-z0-9 .,()\-/&']+$/u;

/**
 * The holder's name as the bank has it on file. Half-width katakana and full-width latin letters
 * are folded (NFKC) to the forms a Zengin transfer compares, so "ｻｸﾗ" and "サクラ" are one name.
 */
const zenginHolderNameSchema = checkedField(
  "Enter the account holder's name as your bank has it, in katakana or latin letters.",
  (raw) => raw.normalize("NFKC").trim().replace(/\s+/g, " "),
  (name) => {
    if (kanjiOrHiragana.test(name)) {
      return "Write the account holder's name in katakana or latin letters, as your bankbook shows it, not in kanji or hiragana.";
    }
    if (!zenginNameCharacters.test(name)) {
      return "The account holder's name can have only katakana, latin letters, digits, spaces and the marks . , ( ) - / & '";
    }
    if (name.length < 2) return "Enter the account holder's full name.";
    if (name.length > 70) return "The account holder's name can be at most 70 characters.";
    return null;
  },
);

export const jpZenginBankAccountSchema = z.object({
  kind: z.literal("jp_zengin"),
  bankCode: digitsField("Enter your 4-digit bank code.", 4, "A bank code has exactly 4 digits."),
  branchCode: digitsField(
    "Enter your 3-digit branch code.",
    3,
    "A branch code has exactly 3 digits.",
  ),
  accountType: z.enum(zenginAccountTypes, {
    error: "Choose the account type: futsu (ordinary) or toza (current).",
  }),
  accountNumber: digitsField(
    "Enter your 7-digit account number.",
    7,
    "A Japanese account number has 7 digits: add zeros in front of a shorter one.",
  ),
  holderName: zenginHolderNameSchema,
});

export const bankAccountInputSchema = z.discriminatedUnion(
  "kind",
  [ibanBankAccountSchema, usAchBankAccountSchema, jpZenginBankAccountSchema],
  {
    error:
      "Choose the kind of bank account: an IBAN, a US account (ACH) or a Japanese account (Zengin).",
  },
);

/** What the form sends. */
export type BankAccountInput = z.input<typeof bankAccountInputSchema>;
/** A validated account: the IBAN in electronic format, numbers without spaces or dashes. */
export type ValidBankAccount = z.output<typeof bankAccountInputSchema>;
export type BankAccountKind = ValidBankAccount["kind"];
