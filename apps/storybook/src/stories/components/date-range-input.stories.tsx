import type { DateRangeValue } from "@payout-styles/ui-core";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { fn } from "storybook/test";
import { DateRangeInput } from "../../contract/components";

const meta = {
  title: "Components/DateRangeInput",
  component: DateRangeInput,
  args: {
    legend: "Date range",
    value: { from: "2026-10-01", to: "2026-10-31" },
    onChange: fn(),
  },
  render: function ControlledDateRange(args) {
    const [value, setValue] = useState<DateRangeValue>(args.value);
    const change = (next: DateRangeValue) => {
      setValue(next);
      args.onChange(next);
    };
    return <DateRangeInput {...args} value={value} onChange={change} />;
  },
} satisfies Meta<typeof DateRangeInput>;

export default meta;
type Story = StoryObj<typeof meta>;

export const October: Story = {};
export const Open: Story = { args: { value: { from: "", to: "" } } };
export const Invalid: Story = {
  args: {
    value: { from: "2026-11-01", to: "2026-10-01" },
    error: "The end date must be on or after the start date",
  },
};
