import {
  bankAccountKindFor,
  createFormatter,
  describePayoutSchedule,
  settingsLabels as labels,
  type SettingsScreenProps,
} from "@payout-styles/ui-core";
import styled from "styled-components";
import { Card } from "../../components/card";
import { PageHeader } from "../../components/page-header";
import { textSize } from "../../styles/mixins";
import { theme } from "../../styles/theme";
import { BankAccountForm } from "./bank-account-form";
import { CurrentBankAccount } from "./current-bank-account";
import { NotificationPreferencesForm } from "./notification-preferences-form";
import { PayoutScheduleForm } from "./payout-schedule-form";

const Forms = styled.div`
  display: flex;
  max-width: 48rem;
  flex-direction: column;
  gap: ${theme.spacing["6"]};
`;

const CurrentSchedule = styled.p`
  margin-bottom: ${theme.spacing["5"]};
  ${textSize("sm")}
`;

const CurrentScheduleLabel = styled.span`
  color: ${theme.color.fgMuted};
`;

const CurrentScheduleValue = styled.span`
  font-weight: ${theme.fontWeight.medium};
  color: ${theme.color.fg};
`;

const BankAccount = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${theme.spacing["6"]};
`;

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
      <Forms>
        <Card
          id="payout-schedule"
          title={labels.schedule.title}
          description={`${labels.schedule.description} ${format.timeZoneNote(asOf)}.`}
        >
          <CurrentSchedule>
            <CurrentScheduleLabel>{labels.schedule.current}: </CurrentScheduleLabel>
            <CurrentScheduleValue>{describePayoutSchedule(settings.schedule)}</CurrentScheduleValue>
          </CurrentSchedule>
          <PayoutScheduleForm schedule={settings.schedule} updateSchedule={updateSchedule} />
        </Card>
        <Card
          id="bank-account"
          title={labels.bankAccount.title}
          description={labels.bankAccount.description}
        >
          <BankAccount>
            <CurrentBankAccount account={settings.bankAccount} />
            <BankAccountForm
              kind={bankAccountKindFor(settings)}
              hasAccount={settings.bankAccount !== null}
              replaceBankAccount={replaceBankAccount}
            />
          </BankAccount>
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
      </Forms>
    </>
  );
}
