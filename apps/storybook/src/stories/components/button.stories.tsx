import { buttonSizes, buttonVariantNames } from "@payout-styles/ui-core";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { fn } from "storybook/test";
import { Button } from "../../contract/components";

const meta = {
  title: "Components/Button",
  component: Button,
  args: { children: "Pay out now", onClick: fn() },
  argTypes: {
    variant: { control: "inline-radio", options: buttonVariantNames },
    size: { control: "inline-radio", options: buttonSizes },
  },
} satisfies Meta<typeof Button>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Primary: Story = { args: { variant: "primary" } };
export const Secondary: Story = { args: { variant: "secondary" } };
export const Ghost: Story = { args: { variant: "ghost" } };
export const Danger: Story = { args: { variant: "danger", children: "Replace bank account" } };
export const Pending: Story = { args: { pending: true } };
export const Small: Story = { args: { size: "sm" } };
