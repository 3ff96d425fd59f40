import type { Meta, StoryObj } from "@storybook/react-vite";
import { fn } from "storybook/test";
import { IconButton } from "../../contract/components";
import { StoryIcon } from "../story-icon";

const meta = {
  title: "Components/IconButton",
  component: IconButton,
  argTypes: { variant: { control: "inline-radio", options: ["secondary", "ghost", "danger"] } },
  args: { label: "Open menu", icon: <StoryIcon name="Menu" />, onClick: fn() },
} satisfies Meta<typeof IconButton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Ghost: Story = { args: { variant: "ghost" } };
export const Secondary: Story = { args: { variant: "secondary" } };
export const Small: Story = { args: { size: "sm", label: "Close", icon: <StoryIcon name="X" /> } };
