import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent } from "storybook/test";
import { DensityToggle } from "../../contract/components";
import { forEachKit } from "../story-helpers";

const meta = {
  title: "Components/DensityToggle",
  component: DensityToggle,
} satisfies Meta<typeof DensityToggle>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Choosing a density sets data-density on <html>, which every kit's spacing reads. */
export const SwitchesDensity: Story = {
  play: async ({ canvasElement, globals }) => {
    const root = canvasElement.ownerDocument.documentElement;
    const [start, other] =
      globals.density === "compact" ? ["Compact", "Comfortable"] : ["Comfortable", "Compact"];
    await forEachKit(canvasElement, async (canvas) => {
      await expect(canvas.getByRole("radio", { name: start })).toBeChecked();
      await userEvent.click(canvas.getByRole("radio", { name: other }));
      await expect(root).toHaveAttribute("data-density", other.toLowerCase());
      await expect(canvas.getByRole("radio", { name: other })).toBeChecked();
      await userEvent.click(canvas.getByRole("radio", { name: start }));
      await expect(root).toHaveAttribute("data-density", start.toLowerCase());
    });
  },
};
