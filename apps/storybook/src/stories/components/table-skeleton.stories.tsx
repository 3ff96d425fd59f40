import type { Meta, StoryObj } from "@storybook/react-vite";
import { TableSkeleton } from "../../contract/components";

const meta = {
  title: "Components/TableSkeleton",
  component: TableSkeleton,
  args: { caption: "Payouts", columns: 6, rows: 5 },
} satisfies Meta<typeof TableSkeleton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Payouts: Story = {};
