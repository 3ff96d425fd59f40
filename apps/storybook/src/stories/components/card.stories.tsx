import type { Meta, StoryObj } from "@storybook/react-vite";
import { Card, Link } from "../../contract/components";

const meta = {
  title: "Components/Card",
  component: Card,
  args: {
    title: "Next payout",
    description: "Scheduled for Nov 17",
    children: "€1.234,56 is on its way to your bank account.",
  },
} satisfies Meta<typeof Card>;

export default meta;
type Story = StoryObj<typeof meta>;

export const WithTitle: Story = {};
export const WithActions: Story = {
  args: { actions: <Link href="/payouts">View all payouts</Link>, id: "card-with-actions" },
};
export const Untitled: Story = { args: { title: undefined, description: undefined } };
