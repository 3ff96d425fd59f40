import type { Meta, StoryObj } from "@storybook/react-vite";
import { Banner, ButtonLink } from "../../contract/components";

const meta = {
  title: "Components/Banner",
  component: Banner,
  argTypes: {
    tone: { control: "inline-radio", options: ["info", "success", "warning", "danger"] },
  },
  args: {
    tone: "warning",
    title: "Add a bank account to get paid",
    children: "Your payouts are on hold: there is no bank account to send them to.",
  },
} satisfies Meta<typeof Banner>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Warning: Story = {};
export const Danger: Story = {
  args: {
    tone: "danger",
    title: "A payout failed",
    children: "The bank refused the payout: the account is closed.",
    action: <ButtonLink href="/settings">Add a bank account</ButtonLink>,
  },
};
export const Info: Story = { args: { tone: "info", title: "Payouts are on their way" } };
export const Success: Story = { args: { tone: "success", title: "Bank account saved" } };
