import type { Meta, StoryObj } from "@storybook/react-vite";
import { Button, EmptyState } from "../../contract/components";

const meta = {
  title: "Components/EmptyState",
  component: EmptyState,
  args: {
    title: "No payouts match these filters",
    description: "Try another date range or status, or reset the filters to see every payout.",
    action: <Button variant="secondary">Reset filters</Button>,
  },
} satisfies Meta<typeof EmptyState>;

export default meta;
type Story = StoryObj<typeof meta>;

export const WithAction: Story = {};
export const TitleOnly: Story = { args: { description: undefined, action: undefined } };
