import { createFormatter, payoutTimelineItems } from "@payout-styles/ui-core";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { Timeline } from "../../contract/components";
import { payoutDetailFailed, payoutDetailPaid } from "../../fixtures/screen-fixtures";

// The seeded payouts' events, as the payout detail screen turns them into a timeline.
const timelineOf = ({ seller, detail }: typeof payoutDetailPaid) =>
  payoutTimelineItems(detail, createFormatter(seller));

const meta = {
  title: "Components/Timeline",
  component: Timeline,
  args: { label: "Payout status history", items: timelineOf(payoutDetailPaid) },
} satisfies Meta<typeof Timeline>;

export default meta;
type Story = StoryObj<typeof meta>;

export const PaidPayout: Story = {};
export const FailedPayout: Story = { args: { items: timelineOf(payoutDetailFailed) } };
