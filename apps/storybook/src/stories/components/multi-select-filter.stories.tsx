import { payoutStatuses, payoutStatusLabels } from "@payout-styles/ui-core";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, fn, screen, userEvent, within } from "storybook/test";
import { MultiSelectFilter } from "../../contract/components";
import { forEachKit } from "../story-helpers";

const meta = {
  title: "Components/MultiSelectFilter",
  component: MultiSelectFilter,
  args: {
    label: "Status",
    name: "status",
    options: payoutStatuses.map((status) => ({ value: status, label: payoutStatusLabels[status] })),
    selected: [],
    onChange: fn(),
  },
  render: function ControlledFilter(args) {
    const [selected, setSelected] = useState<readonly string[]>(args.selected);
    const change = (next: string[]) => {
      setSelected(next);
      args.onChange(next);
    };
    return <MultiSelectFilter {...args} selected={selected} onChange={change} />;
  },
} satisfies Meta<typeof MultiSelectFilter>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Ticking statuses reports them in the options' order, and the button says how many. */
export const ChoosingStatuses: Story = {
  play: async ({ canvasElement, args }) => {
    await forEachKit(canvasElement, async (canvas) => {
      await userEvent.click(canvas.getByRole("button", { name: "Status" }));
      const popover = within(await screen.findByRole("group", { name: "Status" }));
      await userEvent.click(popover.getByRole("checkbox", { name: "Failed" }));
      await userEvent.click(popover.getByRole("checkbox", { name: "Paid" }));
      await expect(args.onChange).toHaveBeenLastCalledWith(["paid", "failed"]);
      await userEvent.keyboard("{Escape}");
      await expect(canvas.getByRole("button", { name: /^Status\W+2 selected$/ })).toBeVisible();
      await userEvent.click(canvas.getByRole("button", { name: /^Status\W+2 selected$/ }));
      await userEvent.click(screen.getByRole("checkbox", { name: "Paid" }));
      await userEvent.click(screen.getByRole("checkbox", { name: "Failed" }));
      await expect(args.onChange).toHaveBeenLastCalledWith([]);
      await userEvent.keyboard("{Escape}");
    });
  },
};

export const WithChoices: Story = { args: { selected: ["in_transit", "paid"] } };
