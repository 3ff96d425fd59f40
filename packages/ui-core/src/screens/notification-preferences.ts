import type { FormState } from "./form-state";
import { type NotificationPreferencesView, notificationFields } from "./settings";

/** The notification preferences, in the order the form lists them. */
export const notificationPreferences = ["payoutPaid", "payoutFailed", "weeklySummary"] as const;
export type NotificationPreference = (typeof notificationPreferences)[number];

/**
 * Whether a preference's box starts checked: as submitted when the action returned what was
 * submitted (a checked box sends "on"), else as saved.
 */
export function isNotificationChecked(
  state: Pick<FormState, "values">,
  saved: NotificationPreferencesView,
  name: NotificationPreference,
): boolean {
  return state.values ? state.values[notificationFields[name]] === "on" : saved[name];
}
