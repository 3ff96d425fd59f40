import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent } from "storybook/test";
import { Link } from "../../contract/components";
import { forEachKit, storyLocation } from "../story-helpers";

const meta = {
  title: "Components/Link",
  component: Link,
  parameters: { location: "/" },
  args: { href: "/payouts", children: "View all payouts" },
} satisfies Meta<typeof Link>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Goes through the navigation provider: in the app next/link, here the story's location. */
export const Inline: Story = {
  args: { variant: "inline" },
  play: async ({ canvasElement }) => {
    await forEachKit(canvasElement, async (canvas, kitElement) => {
      await userEvent.click(canvas.getByRole("link", { name: "View all payouts" }));
      await expect(storyLocation(kitElement)).toBe("/payouts");
    });
  },
};
export const Subtle: Story = { args: { variant: "subtle" } };
