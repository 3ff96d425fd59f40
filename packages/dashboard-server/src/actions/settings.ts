// The settings forms: payout schedule, bank account, notifications. Each sends its own idempotency
// key; the data layer validates everything before it writes, so a bad value saves nothing and the
// form comes back with the message next to the field and what was typed.
import {
  type BankAccountInput,
  type PayoutSchedule,
  replaceBankAccount as replaceAccount,
  updateNotificationPreferences,
  updatePayoutSchedule,
} from "@payout-styles/data";
import {
  type BankAccountKindView,
  bankAccountFields,
  bankAccountFormFields,
  bankAccountKinds,
  type FormState,
  notificationFields,
  payoutScheduleFields,
  settingsLabels,
} from "@payout-styles/ui-core";
import { appNow } from "../clock";
import { actionMessages } from "../messages";
import { requireSeller } from "../session";
import { failedForm, fieldText, refreshDashboard, submittedValues } from "./submitted-form";

/** A whole number as typed, or undefined (which the data layer refuses) for anything else. */
function wholeNumber(text: string): number | undefined {
  return /^\d{1,3}$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

const scheduleFieldNames = [
  payoutScheduleFields.interval,
  payoutScheduleFields.weekday,
  payoutScheduleFields.monthDay,
] as const;

export async function updateSchedule(_state: FormState, formData: FormData): Promise<FormState> {
  const { store, seller } = await requireSeller();
  const values = submittedValues(formData, scheduleFieldNames);
  // Checked by the data layer's schedule schema; only the fields of the chosen interval are sent.
  const schedule = {
    interval: values.interval,
    ...(values.interval === "weekly" ? { weekday: wholeNumber(values.weekday) } : {}),
    ...(values.interval === "monthly" ? { monthDay: wholeNumber(values.monthDay) } : {}),
  } as PayoutSchedule;
  try {
    await updatePayoutSchedule(store.db, {
      sellerId: seller.id,
      idempotencyKey: fieldText(formData, payoutScheduleFields.idempotencyKey),
      schedule,
      now: appNow(),
    });
  } catch (error) {
    return failedForm(error, {
      fields: scheduleFieldNames,
      values,
      // "schedule.weekday" → "weekday"; an unknown interval is an issue of the whole schedule.
      fieldOf: (path) =>
        path === "schedule" ? payoutScheduleFields.interval : path.replace(/^schedule\./, ""),
      describe: (field) =>
        actionMessages.scheduleFields[field as keyof typeof actionMessages.scheduleFields],
    });
  }
  refreshDashboard();
  return { status: "success", message: settingsLabels.schedule.saved };
}

function isBankAccountKind(kind: string): kind is BankAccountKindView {
  return bankAccountKinds.some((known) => known === kind);
}

export async function replaceBankAccount(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const { store, seller } = await requireSeller();
  const kind = fieldText(formData, bankAccountFields.kind);
  const fieldNames = isBankAccountKind(kind)
    ? bankAccountFormFields[kind].map((field) => field.name)
    : [];
  const values = submittedValues(formData, [bankAccountFields.kind, ...fieldNames]);
  // Only the chosen kind's fields are sent; the data layer's schema checks the rest.
  const account = values as unknown as BankAccountInput;
  try {
    await replaceAccount(store.db, {
      sellerId: seller.id,
      idempotencyKey: fieldText(formData, bankAccountFields.idempotencyKey),
      account,
      now: appNow(),
    });
  } catch (error) {
    return failedForm(error, {
      fields: [bankAccountFields.kind, ...fieldNames],
      values,
      fieldOf: (path) => path || bankAccountFields.kind,
    });
  }
  refreshDashboard();
  return { status: "success", message: settingsLabels.bankAccount.saved };
}

export async function updateNotifications(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const { store, seller } = await requireSeller();
  // An unchecked box sends nothing.
  const checked = (name: string) => formData.get(name) !== null;
  const preferences = {
    payoutPaid: checked(notificationFields.payoutPaid),
    payoutFailed: checked(notificationFields.payoutFailed),
    weeklySummary: checked(notificationFields.weeklySummary),
  };
  try {
    await updateNotificationPreferences(store.db, {
      sellerId: seller.id,
      idempotencyKey: fieldText(formData, notificationFields.idempotencyKey),
      now: appNow(),
      ...preferences,
    });
  } catch (error) {
    const values = Object.fromEntries(
      Object.entries(preferences).map(([name, on]) => [name, on ? "on" : ""]),
    );
    return failedForm(error, { fields: [], values });
  }
  refreshDashboard();
  return { status: "success", message: settingsLabels.notifications.saved };
}
