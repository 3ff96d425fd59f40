import type { Meta, StoryObj } from "@storybook/react-vite";
import { Checkbox } from "../../contract/components";

const meta = {
  title: "Components/Checkbox",
  component: Checkbox,
  args: { label: "A payout arrives at my bank", name: "payoutPaid" },
} satisfies Meta<typeof Checkbox>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Unchecked: Story = {};
export const Checked: Story = { args: { defaultChecked: true } };
export const WithDescription: Story = {
  args: { description: "Sent on the day the money reaches your account." },
};
export const Disabled: Story = { args: { disabled: true } };
