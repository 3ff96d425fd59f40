import { weekdayOptions } from "@payout-styles/ui-core";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { Select } from "../../contract/components";

const meta = {
  title: "Components/Select",
  component: Select,
  args: { label: "Day of the week", name: "weekday", options: weekdayOptions, defaultValue: "1" },
} satisfies Meta<typeof Select>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Weekday: Story = {};
export const WithDescriptionAndError: Story = {
  args: { description: "Payouts leave on this day.", error: "Choose a day of the week" },
};
