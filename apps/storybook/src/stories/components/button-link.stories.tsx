import type { Meta, StoryObj } from "@storybook/react-vite";
import { ButtonLink } from "../../contract/components";

const meta = {
  title: "Components/ButtonLink",
  component: ButtonLink,
  parameters: { location: "/overview" },
  args: { href: "/settings", children: "Go to settings" },
} satisfies Meta<typeof ButtonLink>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Primary: Story = { args: { buttonVariant: "primary" } };
export const Secondary: Story = { args: { buttonVariant: "secondary" } };
export const Download: Story = {
  args: {
    href: "/payouts/export",
    external: true,
    buttonVariant: "secondary",
    children: "Export CSV",
  },
};
