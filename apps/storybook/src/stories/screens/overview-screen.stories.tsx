import type { InstantPayoutResultView } from "@payout-styles/ui-core";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { OverviewScreen } from "../../contract/screens";
import {
  instantPayoutQuote,
  overviewEur,
  overviewFailedPayout,
  overviewJpy,
  overviewNoBank,
  overviewUsd,
} from "../../fixtures/screen-fixtures";
import { inAppShell, screenParameters } from "../screen-shell";
import { answering } from "../story-helpers";

const meta = {
  title: "Screens/OverviewScreen",
  component: OverviewScreen,
  parameters: { ...screenParameters, location: "/" },
  args: {
    ...overviewUsd,
    quoteInstantPayout: answering(instantPayoutQuote),
    payOutNow: answering<InstantPayoutResultView>({ status: "idle" }),
  },
} satisfies Meta<typeof OverviewScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Harbor Pizza Co.: daily payouts, so nothing is left for an instant payout this morning. */
export const DailyPayoutsUsd: Story = { decorators: [inAppShell(overviewUsd.seller.name)] };

/** Lindenhof Küche: weekly on Monday, euros in German formatting. */
export const WeeklyPayoutsEur: Story = {
  args: overviewEur,
  decorators: [inAppShell(overviewEur.seller.name)],
};

/** Sakura Ramen Shibuya: yen (no minor unit), with a balance an instant payout can take. */
export const MonthlyPayoutsJpy: Story = {
  args: overviewJpy,
  decorators: [inAppShell(overviewJpy.seller.name)],
};

/** Taquería del Sol: no bank account yet, payouts held. */
export const NoBankAccount: Story = {
  args: overviewNoBank,
  decorators: [inAppShell(overviewNoBank.seller.name)],
};

/** Green Bowl Salads: the latest payout failed and waits for a new bank account. */
export const FailedPayout: Story = {
  args: overviewFailedPayout,
  decorators: [inAppShell(overviewFailedPayout.seller.name)],
};
