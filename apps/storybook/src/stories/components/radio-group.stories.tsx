import { scheduleIntervalOptions } from "@payout-styles/ui-core";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { fn } from "storybook/test";
import { RadioGroup } from "../../contract/components";

const meta = {
  title: "Components/RadioGroup",
  component: RadioGroup,
  args: {
    legend: "Frequency",
    name: "interval",
    options: scheduleIntervalOptions,
    defaultValue: "weekly",
    onChange: fn(),
  },
} satisfies Meta<typeof RadioGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Weekly: Story = {};
export const WithError: Story = { args: { error: "Choose how often you are paid" } };
