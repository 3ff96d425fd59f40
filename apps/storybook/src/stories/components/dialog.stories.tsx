import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, screen, userEvent, waitFor, within } from "storybook/test";
import { Button, Dialog, TextInput } from "../../contract/components";
import { forEachKit } from "../story-helpers";

const meta = {
  title: "Components/Dialog",
  component: Dialog,
  args: {
    title: "Replace bank account",
    description: "New payouts go to the new account.",
    trigger: <Button variant="secondary">Replace bank account</Button>,
    children: <TextInput label="IBAN" name="iban" />,
    footer: <Button>Save</Button>,
    onOpenChange: fn(),
  },
} satisfies Meta<typeof Dialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Opens on its trigger, keeps focus inside while open (Tab from the last control wraps to the
 * first), closes on Escape and on its close button, and gives focus back to the trigger.
 */
export const FocusTrapAndReturn: Story = {
  play: async ({ canvasElement, args }) => {
    await forEachKit(canvasElement, async (canvas) => {
      const trigger = canvas.getByRole("button", { name: "Replace bank account" });
      await userEvent.click(trigger);
      const dialog = await screen.findByRole("dialog", { name: "Replace bank account" });
      await expect(args.onOpenChange).toHaveBeenLastCalledWith(true);
      await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));

      // Tab through every control and once more: focus never leaves the dialog.
      const focusable = dialog.querySelectorAll("button, input");
      for (let step = 0; step <= focusable.length; step += 1) {
        await userEvent.tab();
        await expect(dialog).toContainElement(document.activeElement as HTMLElement);
      }

      await userEvent.keyboard("{Escape}");
      await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
      await expect(trigger).toHaveFocus();

      await userEvent.click(trigger);
      const reopened = await screen.findByRole("dialog");
      await userEvent.click(within(reopened).getByRole("button", { name: "Close" }));
      await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
      await expect(trigger).toHaveFocus();
    });
  },
};

export const Open: Story = {
  args: { defaultOpen: true },
  parameters: { kitLayout: "rows" },
};
