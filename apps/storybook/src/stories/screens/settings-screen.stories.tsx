import { settingsLabels } from "@payout-styles/ui-core";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { SettingsScreen } from "../../contract/screens";
import {
  settingsEur,
  settingsJpy,
  settingsNoBank,
  settingsUsd,
} from "../../fixtures/screen-fixtures";
import { inAppShell, screenParameters } from "../screen-shell";
import { answering } from "../story-helpers";

const meta = {
  title: "Screens/SettingsScreen",
  component: SettingsScreen,
  parameters: { ...screenParameters, location: "/settings" },
  args: {
    ...settingsUsd,
    updateSchedule: answering({ status: "success", message: settingsLabels.schedule.saved }),
    replaceBankAccount: answering({ status: "success", message: settingsLabels.bankAccount.saved }),
    updateNotifications: answering({
      status: "success",
      message: settingsLabels.notifications.saved,
    }),
  },
} satisfies Meta<typeof SettingsScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Daily payouts to a US bank account (ACH). */
export const UsAchAccount: Story = { decorators: [inAppShell(settingsUsd.seller.name)] };

/** Weekly on Monday to an IBAN. */
export const IbanAccount: Story = {
  args: settingsEur,
  decorators: [inAppShell(settingsEur.seller.name)],
};

/** Monthly on the 31st to a Japanese (Zengin) account. */
export const ZenginAccount: Story = {
  args: settingsJpy,
  decorators: [inAppShell(settingsJpy.seller.name)],
};

/** No bank account yet: the form adds one. */
export const NoBankAccount: Story = {
  args: settingsNoBank,
  decorators: [inAppShell(settingsNoBank.seller.name)],
};
