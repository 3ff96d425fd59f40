import type { Meta, StoryObj } from "@storybook/react-vite";
import { Breadcrumbs, ButtonLink, PageHeader } from "../../contract/components";

const meta = {
  title: "Components/PageHeader",
  component: PageHeader,
  args: {
    title: "Payouts",
    description: "Every payout to your bank account, with what it was made of.",
  },
} satisfies Meta<typeof PageHeader>;

export default meta;
type Story = StoryObj<typeof meta>;

export const TitleAndDescription: Story = {};
export const WithBreadcrumbsAndActions: Story = {
  args: {
    title: "Payout po_27d71y72jhv8vk",
    description: undefined,
    breadcrumbs: (
      <Breadcrumbs
        items={[{ label: "Payouts", href: "/payouts" }, { label: "Payout po_27d71y72jhv8vk" }]}
      />
    ),
    actions: (
      <ButtonLink href="/payouts/po_27d71y72jhv8vk/export" external buttonVariant="secondary">
        Export CSV
      </ButtonLink>
    ),
  },
};
