import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, screen, userEvent } from "storybook/test";
import { Button, Tooltip } from "../../contract/components";
import { forEachKit } from "../story-helpers";

const meta = {
  title: "Components/Tooltip",
  component: Tooltip,
  args: {
    content: "Deutsche Bank",
    children: <Button variant="ghost">Bank ••••6789</Button>,
  },
} satisfies Meta<typeof Tooltip>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Shown on keyboard focus, and describes the element it is for. */
export const OnFocus: Story = {
  play: async ({ canvasElement }) => {
    await forEachKit(canvasElement, async (canvas) => {
      const trigger = canvas.getByRole("button", { name: "Bank ••••6789" });
      trigger.focus();
      await expect(await screen.findByRole("tooltip")).toHaveTextContent("Deutsche Bank");
      await userEvent.keyboard("{Escape}");
      trigger.blur();
    });
  },
};
