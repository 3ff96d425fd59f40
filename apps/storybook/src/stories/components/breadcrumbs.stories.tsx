import type { Meta, StoryObj } from "@storybook/react-vite";
import { Breadcrumbs } from "../../contract/components";

const meta = {
  title: "Components/Breadcrumbs",
  component: Breadcrumbs,
  parameters: { location: "/payouts/po_27d71y72jhv8vk" },
  args: { items: [{ label: "Payouts", href: "/payouts" }, { label: "Payout po_27d71y72jhv8vk" }] },
} satisfies Meta<typeof Breadcrumbs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const PayoutDetail: Story = {};
