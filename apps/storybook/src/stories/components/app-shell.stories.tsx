import { dashboardNavItems } from "@payout-styles/ui-core";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { fn } from "storybook/test";
import { AppShell, PageHeader } from "../../contract/components";

const meta = {
  title: "Components/AppShell",
  component: AppShell,
  parameters: { layout: "fullscreen", kitLayout: "rows", location: "/payouts" },
  args: {
    sellerName: "Harbor Pizza Co.",
    navItems: dashboardNavItems,
    signOutAction: fn(),
    children: <PageHeader title="Payouts" description="The page's content goes here." />,
  },
} satisfies Meta<typeof AppShell>;

export default meta;
type Story = StoryObj<typeof meta>;

export const OnPayouts: Story = {};
export const OnOverview: Story = { parameters: { location: "/" } };
