import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent } from "storybook/test";
import { ThemeToggle } from "../../contract/components";
import { forEachKit } from "../story-helpers";

const meta = {
  title: "Components/ThemeToggle",
  component: ThemeToggle,
} satisfies Meta<typeof ThemeToggle>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Choosing a theme sets data-theme on <html>, which every kit's colours read. The play function
 * ends on the toolbar's theme, so the a11y check after it sees the theme under test.
 */
export const SwitchesTheme: Story = {
  play: async ({ canvasElement, globals }) => {
    const root = canvasElement.ownerDocument.documentElement;
    const [start, other] = globals.theme === "dark" ? ["Dark", "Light"] : ["Light", "Dark"];
    await forEachKit(canvasElement, async (canvas) => {
      await expect(canvas.getByRole("radio", { name: start })).toBeChecked();
      await userEvent.click(canvas.getByRole("radio", { name: other }));
      await expect(root).toHaveAttribute("data-theme", other.toLowerCase());
      await userEvent.click(canvas.getByRole("radio", { name: start }));
      await expect(root).toHaveAttribute("data-theme", start.toLowerCase());
    });
  },
};
