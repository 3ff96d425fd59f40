import {
  type InstantPayoutResultView,
  instantPayoutAvailability,
  instantPayoutLabels,
} from "@payout-styles/ui-core";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, screen, userEvent, waitFor, within } from "storybook/test";
import { InstantPayoutDialog } from "../../contract/screens";
import { instantPayoutQuote, overviewJpy, overviewUsd } from "../../fixtures/screen-fixtures";
import { answering, forEachKit } from "../story-helpers";

const { seller, balances } = overviewJpy;
const quote = instantPayoutQuote.result;
if (!quote) throw new Error("the quote fixture holds no quote");

// The quote is the seeded store's answer for ¥10,000; the payout id is the story's own (a real
// payout's id is random, so a fixture cannot hold one).
const payout: InstantPayoutResultView = {
  payoutId: "po_storybook0000",
  amount: quote.amount,
  net: quote.net,
  fee: quote.fee,
  currency: quote.currency,
};

const meta = {
  title: "Screens/InstantPayoutDialog",
  component: InstantPayoutDialog,
  args: {
    seller,
    balance: instantPayoutAvailability(seller, balances),
    quoteInstantPayout: answering(instantPayoutQuote),
    payOutNow: answering({ status: "success", result: payout }),
  },
} satisfies Meta<typeof InstantPayoutDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Amount, fee preview, confirmation: the confirmation carries the idempotency key made when the
 * dialog opened, and the dialog closes with focus back on its trigger.
 */
export const PayOutNow: Story = {
  play: async ({ canvasElement, args }) => {
    await forEachKit(canvasElement, async (canvas) => {
      const trigger = canvas.getByRole("button", { name: instantPayoutLabels.trigger });
      await userEvent.click(trigger);
      const dialog = within(await screen.findByRole("dialog", { name: instantPayoutLabels.title }));
      await userEvent.type(
        dialog.getByRole("textbox", { name: instantPayoutLabels.amount }),
        "10000",
      );
      await userEvent.click(dialog.getByRole("button", { name: instantPayoutLabels.review }));
      await expect(
        await dialog.findByRole("form", { name: instantPayoutLabels.reviewTitle }),
      ).toBeVisible();
      await userEvent.click(dialog.getByRole("button", { name: instantPayoutLabels.confirm }));
      await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
      await expect(trigger).toHaveFocus();
      const [, confirmation] = (
        args.payOutNow as unknown as { mock: { lastCall: [unknown, FormData] } }
      ).mock.lastCall;
      await expect(confirmation.get("idempotencyKey")).toMatch(/\S{16,}/);
    });
  },
};

/** Nothing to pay out: the trigger stays focusable, aria-disabled, described by the reason. */
export const NothingAvailable: Story = {
  args: {
    seller: overviewUsd.seller,
    balance: instantPayoutAvailability(overviewUsd.seller, overviewUsd.balances),
    unavailableReason: instantPayoutAvailability(overviewUsd.seller, overviewUsd.balances)
      .unavailableReason,
  },
};
