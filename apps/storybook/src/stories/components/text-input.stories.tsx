import type { Meta, StoryObj } from "@storybook/react-vite";
import { TextInput } from "../../contract/components";

const meta = {
  title: "Components/TextInput",
  component: TextInput,
  args: { label: "Amount", name: "amount", inputMode: "decimal" },
} satisfies Meta<typeof TextInput>;

export default meta;
type Story = StoryObj<typeof meta>;

export const WithPrefix: Story = {
  args: { prefix: "¥", description: "Available for an instant payout: ¥93,027" },
};
export const WithError: Story = {
  args: {
    prefix: "$",
    defaultValue: "12.345",
    error: "Enter an amount like 12.50, with at most 2 decimals and no currency sign",
  },
};
export const Disabled: Story = { args: { disabled: true, defaultValue: "100.00" } };
