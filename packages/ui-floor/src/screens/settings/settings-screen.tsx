import {
  bankAccountKindFor,
  createFormatter,
  describePayoutSchedule,
  settingsLabels as labels,
  type SettingsScreenProps,
} from "@payout-styles/ui-core";
import { Card } from "../../components/card";
import { PageHeader } from "../../components/page-header";
import { BankAccountForm } from "./bank-account-form";
import { CurrentBankAccount } from "./current-bank-account";
import { NotificationPreferencesForm } from "./notification-preferences-form";
import { PayoutScheduleForm } from "./payout-schedule-form";

/** Three independent forms: saving one never touches what is typed or saved in another. */
export function SettingsScreen({
  seller,
  asOf,
  settings,
  updateSchedule,
  replaceBankAccount,
  updateNotifications,
}: SettingsScreenProps) {
  const format = createFormatter(seller);
  return (
    <>
      <PageHeader title={labels.title} description={labels.description} />
      <div>
        <Card
          id="payout-schedule"
          title={labels.schedule.title}
          description={`${labels.schedule.description} ${format.timeZoneNote(asOf)}.`}
        >
          <p>
            <span>{labels.schedule.current}: </span>
            <span>{describePayoutSchedule(settings.schedule)}</span>
          </p>
          <PayoutScheduleForm schedule={settings.schedule} updateSchedule={updateSchedule} />
        </Card>
        <Card
          id="bank-account"
          title={labels.bankAccount.title}
          description={labels.bankAccount.description}
        >
          <div>
            <CurrentBankAccount account={settings.bankAccount} />
            <BankAccountForm
              kind={bankAccountKindFor(settings)}
              hasAccount={settings.bankAccount !== null}
              replaceBankAccount={replaceBankAccount}
            />
          </div>
        </Card>
        <Card
          id="notifications"
          title={labels.notifications.title}
          description={labels.notifications.description}
        >
          <NotificationPreferencesForm
            notifications={settings.notifications}
            updateNotifications={updateNotifications}
          />
        </Card>
      </div>
    </>
  );
}
