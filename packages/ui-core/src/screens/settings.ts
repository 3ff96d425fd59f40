// The settings screen's contract: three independent forms (payout schedule, bank account,
// notifications), each its own server action. Field names are the data layer's (its validation
// issues are keyed by them), so an error lands next to the field it is about. The view types are
// structurally a subset of the data layer's SellerProfile.
import type { SelectOption } from "../components/forms";
import type { FormAction } from "./form-state";
import type { SellerView } from "./seller-view";

export const bankAccountKinds = ["iban", "us_ach", "jp_zengin"] as const;
export type BankAccountKindView = (typeof bankAccountKinds)[number];

export type PayoutScheduleView =
  | { interval: "daily" }
  | { interval: "weekly"; weekday: number }
  | { interval: "monthly"; monthDay: number }
  | { interval: "manual" };

export type PayoutScheduleInterval = PayoutScheduleView["interval"];

export interface MaskedBankAccountView {
  id: string;
  kind: BankAccountKindView;
  bankName: string;
  last4: string;
  holderName: string;
  country: string;
  currency: string;
}

export interface NotificationPreferencesView {
  payoutPaid: boolean;
  payoutFailed: boolean;
  weeklySummary: boolean;
}

export interface SettingsView {
  schedule: PayoutScheduleView;
  bankAccount: MaskedBankAccountView | null;
  notifications: NotificationPreferencesView;
  /** ISO 3166 country of the seller: decides the kind of bank account asked for. */
  country: string;
  currency: string;
}

export interface SettingsScreenProps {
  seller: SellerView;
  /** The app's "now": the time zone's abbreviation is stated as of it. */
  asOf: Date;
  settings: SettingsView;
  updateSchedule: FormAction;
  replaceBankAccount: FormAction;
  updateNotifications: FormAction;
}

/** The names of each form's fields, as the server actions read them. */
export const payoutScheduleFields = {
  interval: "interval",
  /** 0 (Sunday) to 6 (Saturday). */
  weekday: "weekday",
  /** 1 to 31; the 29th–31st fall on the last day of a shorter month. */
  monthDay: "monthDay",
  idempotencyKey: "idempotencyKey",
} as const;

export const bankAccountFields = {
  kind: "kind",
  iban: "iban",
  holderName: "holderName",
  routingNumber: "routingNumber",
  accountNumber: "accountNumber",
  bankCode: "bankCode",
  branchCode: "branchCode",
  accountType: "accountType",
  idempotencyKey: "idempotencyKey",
} as const;

/** Checkboxes: a checked box sends "on", an unchecked one nothing. */
export const notificationFields = {
  payoutPaid: "payoutPaid",
  payoutFailed: "payoutFailed",
  weeklySummary: "weeklySummary",
  idempotencyKey: "idempotencyKey",
} as const;

export const scheduleIntervalOptions: readonly { value: PayoutScheduleInterval; label: string }[] =
  [
    { value: "daily", label: "Daily" },
    { value: "weekly", label: "Weekly" },
    { value: "monthly", label: "Monthly" },
    { value: "manual", label: "Manual" },
  ];

const weekdayNames = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

export const weekdayOptions: readonly SelectOption[] = weekdayNames.map((label, day) => ({
  value: String(day),
  label,
}));

export const monthDayOptions: readonly SelectOption[] = Array.from({ length: 31 }, (_, index) => ({
  value: String(index + 1),
  label: String(index + 1),
}));

export const zenginAccountTypeOptions: readonly SelectOption[] = [
  { value: "futsu", label: "Ordinary (futsu)" },
  { value: "toza", label: "Current (toza)" },
];

/** One field of the bank account form; every kind also has a holder name. */
export interface BankAccountFieldSpec {
  name: Exclude<keyof typeof bankAccountFields, "kind" | "idempotencyKey">;
  label: string;
  description?: string;
  autoComplete?: string;
  inputMode?: "text" | "numeric";
  /** A choice rather than typed text. */
  options?: readonly SelectOption[];
}

const holderNameField: BankAccountFieldSpec = {
  name: "holderName",
  label: "Account holder name",
  autoComplete: "name",
};

/** The fields each kind of account asks for, in order. */
export const bankAccountFormFields: Record<BankAccountKindView, readonly BankAccountFieldSpec[]> = {
  iban: [
    holderNameField,
    {
      name: "iban",
      label: "IBAN",
      description: "Starts with your country code, e.g. DE89 3704 0044 0532 0130 00.",
      autoComplete: "off",
    },
  ],
  us_ach: [
    holderNameField,
    {
      name: "routingNumber",
      label: "Routing number",
      description: "9 digits, at the bottom left of a check.",
      inputMode: "numeric",
      autoComplete: "off",
    },
    {
      name: "accountNumber",
      label: "Account number",
      description: "4 to 17 digits.",
      inputMode: "numeric",
      autoComplete: "off",
    },
  ],
  jp_zengin: [
    {
      ...holderNameField,
      description: "As your bankbook shows it, in katakana or latin letters.",
    },
    { name: "bankCode", label: "Bank code", description: "4 digits.", inputMode: "numeric" },
    { name: "branchCode", label: "Branch code", description: "3 digits.", inputMode: "numeric" },
    { name: "accountType", label: "Account type", options: zenginAccountTypeOptions },
    {
      name: "accountNumber",
      label: "Account number",
      description: "7 digits: add zeros in front of a shorter number.",
      inputMode: "numeric",
      autoComplete: "off",
    },
  ],
};

export const bankAccountKindLabels: Record<BankAccountKindView, string> = {
  iban: "IBAN",
  us_ach: "US bank account (ACH)",
  jp_zengin: "Japanese bank account (Zengin)",
};

export const settingsLabels = {
  title: "Settings",
  description: "When you are paid, where the money goes, and which emails you receive.",
  schedule: {
    title: "Payout schedule",
    description: "When your available balance is paid out to your bank account.",
    current: "Current schedule",
    interval: "Frequency",
    weekday: "Day of the week",
    monthDay: "Day of the month",
    monthDayDescription: "On the 29th, 30th or 31st, shorter months pay on their last day.",
    submit: "Save schedule",
    saved: "Payout schedule saved",
  },
  bankAccount: {
    title: "Bank account",
    description: "Where your payouts go. Only the last four digits are shown.",
    current: "Current bank account",
    none: "No bank account yet. Add one to receive your payouts.",
    bank: "Bank",
    holderName: "Account holder",
    accountNumber: "Account",
    kind: "Type",
    replaceTitle: "Replace bank account",
    addTitle: "Add a bank account",
    replaceDescription:
      "New payouts go to the new account. Past payouts keep pointing to the account they were sent to.",
    submitReplace: "Replace bank account",
    submitAdd: "Add bank account",
    saved: "Bank account saved",
  },
  notifications: {
    title: "Notifications",
    description: "Emails we send you about your payouts.",
    legend: "Email me when",
    payoutPaid: "A payout arrives at my bank",
    payoutFailed: "A payout fails",
    weeklySummary: "Once a week, with a summary of the past week",
    submit: "Save notifications",
    saved: "Notification preferences saved",
  },
} as const;

/** "Weekly on Monday", "Monthly on day 15": how a saved schedule reads. */
export function describePayoutSchedule(schedule: PayoutScheduleView): string {
  switch (schedule.interval) {
    case "daily":
      return "Daily";
    case "weekly":
      return `Weekly on ${weekdayNames[schedule.weekday] ?? schedule.weekday}`;
    case "monthly":
      return `Monthly on day ${schedule.monthDay}`;
    case "manual":
      return "Manual: only when you choose Pay out now";
  }
}

/** A masked account number: "•••• 1234". */
export function maskedAccountNumber(account: Pick<MaskedBankAccountView, "last4">): string {
  return `•••• ${account.last4}`;
}

/**
 * The kind of account a seller adds: their current account's kind, else the rail of their country
 * and currency (ACH for US dollars, Zengin for yen, an IBAN otherwise).
 */
export function bankAccountKindFor(
  settings: Pick<SettingsView, "bankAccount" | "country" | "currency">,
): BankAccountKindView {
  if (settings.bankAccount) return settings.bankAccount.kind;
  if (settings.country === "US" && settings.currency === "USD") return "us_ach";
  if (settings.country === "JP" && settings.currency === "JPY") return "jp_zengin";
  return "iban";
}
