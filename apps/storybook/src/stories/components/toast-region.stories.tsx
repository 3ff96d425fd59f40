import type { ToastMessage } from "@payout-styles/ui-core";
import { showToast } from "@payout-styles/ui-core/client";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, screen, userEvent } from "storybook/test";
import { Button, ToastRegion } from "../../contract/components";

const toast: Omit<ToastMessage, "id"> = {
  tone: "success",
  title: "Payout on its way",
  description: "¥9,850 is on its way to your bank as payout po_27d71y72jhv8vk.",
};

const meta = {
  title: "Components/ToastRegion",
  component: ToastRegion,
  args: { label: "Notifications" },
  render: (args) => (
    <>
      <Button onClick={() => showToast(toast)}>Show a toast</Button>
      <ToastRegion {...args} />
    </>
  ),
} satisfies Meta<typeof ToastRegion>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A toast is announced in the region (a live region) and can be dismissed. */
export const ShowsAToast: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(
      canvas.getAllByRole("button", { name: "Show a toast" })[0] as HTMLElement,
    );
    const [shown] = await screen.findAllByText(toast.title);
    await expect(shown).toBeVisible();
  },
};
