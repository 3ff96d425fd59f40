import type { SettingsScreenProps } from "@payout-styles/ui-core";
import { appNow } from "../clock";
import { requireSeller } from "../session";

export type SettingsData = Omit<
  SettingsScreenProps,
  "updateSchedule" | "replaceBankAccount" | "updateNotifications"
>;

export async function loadSettings(): Promise<SettingsData> {
  const { profile, seller } = await requireSeller();
  const { schedule, bankAccount, notifications, country, currency } = profile;
  return {
    seller,
    asOf: appNow(),
    settings: { schedule, bankAccount, notifications, country, currency },
  };
}
