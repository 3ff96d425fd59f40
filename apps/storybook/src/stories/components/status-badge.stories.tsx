import { tones } from "@payout-styles/ui-core";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { StatusBadge } from "../../contract/components";

const meta = {
  title: "Components/StatusBadge",
  component: StatusBadge,
  argTypes: { tone: { control: "inline-radio", options: tones } },
  args: { tone: "success", children: "Paid" },
} satisfies Meta<typeof StatusBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Paid: Story = {};
export const InTransit: Story = { args: { tone: "info", children: "In transit" } };
export const Pending: Story = { args: { tone: "warning", children: "Pending" } };
export const Failed: Story = { args: { tone: "danger", children: "Failed" } };
export const Canceled: Story = { args: { tone: "neutral", children: "Canceled" } };
