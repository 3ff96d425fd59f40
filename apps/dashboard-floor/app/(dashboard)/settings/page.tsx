import { loadSettings } from "@payout-styles/dashboard-server";
import { settingsLabels } from "@payout-styles/ui-core";
import { SettingsScreen } from "@payout-styles/ui-floor";
import { replaceBankAccount, updateNotifications, updateSchedule } from "../../actions";

export const metadata = { title: settingsLabels.title };

export default async function SettingsPage() {
  const props = await loadSettings();
  return (
    <SettingsScreen
      {...props}
      updateSchedule={updateSchedule}
      replaceBankAccount={replaceBankAccount}
      updateNotifications={updateNotifications}
    />
  );
}
