import type { Meta, StoryObj } from "@storybook/react-vite";
import { Skeleton } from "../../contract/components";

const meta = {
  title: "Components/Skeleton",
  component: Skeleton,
  args: { label: "Loading balances", width: "12rem" },
} satisfies Meta<typeof Skeleton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Line: Story = {};
export const Lines: Story = { args: { lines: 3, width: "100%" } };
export const Block: Story = { args: { height: "6rem", width: "100%" } };
