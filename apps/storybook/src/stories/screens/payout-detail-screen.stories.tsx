import { type FormAction, payoutDetailLabels } from "@payout-styles/ui-core";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent } from "storybook/test";
import { PayoutDetailScreen } from "../../contract/screens";
import {
  type PayoutDetailData,
  payoutDetailFailed,
  payoutDetailPaid,
} from "../../fixtures/screen-fixtures";
import { inAppShell, screenParameters } from "../screen-shell";
import { answering, forEachKit } from "../story-helpers";

/** The screen's props as the payout page passes them: the retry action only when it may retry. */
function pageProps({ canRetry, ...props }: PayoutDetailData) {
  const retryPayout: FormAction<{ payoutId: string }> | null = canRetry
    ? answering({ status: "success", result: { payoutId: "po_storybook0000" } })
    : null;
  return { ...props, retryPayout };
}

const meta = {
  title: "Screens/PayoutDetailScreen",
  component: PayoutDetailScreen,
  parameters: { ...screenParameters, location: `/payouts/${payoutDetailPaid.detail.payout.id}` },
  decorators: [inAppShell(payoutDetailPaid.seller.name)],
  args: pageProps(payoutDetailPaid),
} satisfies Meta<typeof PayoutDetailScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

const { transactionColumns } = payoutDetailLabels;

/**
 * Metro Burger Group's largest paid payout, 507 transactions: the table sorts in the browser
 * (aria-sort follows) and shows the first 50 until "Show all".
 */
export const PaidWithTransactions: Story = {
  play: async ({ canvasElement }) => {
    await forEachKit(canvasElement, async (canvas) => {
      const table = canvas.getByRole("table", { name: payoutDetailLabels.transactionsCaption });
      const netHeader = canvas.getByRole("columnheader", { name: transactionColumns.net });
      await expect(netHeader).not.toHaveAttribute("aria-sort");
      await userEvent.click(canvas.getByRole("button", { name: transactionColumns.net }));
      await expect(netHeader).toHaveAttribute("aria-sort", "descending");
      await userEvent.click(canvas.getByRole("button", { name: transactionColumns.net }));
      await expect(netHeader).toHaveAttribute("aria-sort", "ascending");
      await expect(table.querySelectorAll("tbody tr")).toHaveLength(50);
      await userEvent.click(canvas.getByRole("button", { name: /^Show all/ }));
      await expect(table.querySelectorAll("tbody tr")).toHaveLength(
        payoutDetailPaid.transactions.length,
      );
    });
  },
};

/** Green Bowl Salads' failed payout: why it failed, and why it cannot be retried yet. */
export const FailedWaitingForBankAccount: Story = {
  args: pageProps(payoutDetailFailed),
  decorators: [inAppShell(payoutDetailFailed.seller.name)],
  parameters: { location: `/payouts/${payoutDetailFailed.detail.payout.id}` },
};
