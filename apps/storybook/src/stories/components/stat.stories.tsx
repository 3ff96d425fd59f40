import type { Meta, StoryObj } from "@storybook/react-vite";
import { Stat } from "../../contract/components";

const meta = {
  title: "Components/Stat",
  component: Stat,
  args: { label: "Available", value: "¥93,027", name: "available" },
} satisfies Meta<typeof Stat>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Value: Story = {};
export const WithHint: Story = {
  args: { label: "Next payout", value: "$1,234.56", hint: "Arrives Nov 18" },
};
