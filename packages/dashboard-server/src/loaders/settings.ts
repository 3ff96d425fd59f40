import type { SettingsScreenProps } from "@payout-styles/ui-core";
import { requireSeller } from "../session";

export type SettingsData = Omit<
  SettingsScreenProps,
  "updateSchedule" | "replaceBankAccount" | "updateNotifications"
>;

export async function loadSettings(): Promise<SettingsData> {
  const { profile, seller } = await requireSeller();
  const { schedule, bankAccount, notifications, country, currency } = profile;
  return { seller, settings: { schedule, bankAccount, notifications, country, currency } };
}
