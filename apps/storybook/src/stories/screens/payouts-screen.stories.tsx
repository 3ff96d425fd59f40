import { payoutsLabels } from "@payout-styles/ui-core";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, screen, userEvent, waitFor, within } from "storybook/test";
import { PayoutsScreen } from "../../contract/screens";
import { payoutsFilteredEmpty, payoutsUsd } from "../../fixtures/screen-fixtures";
import { inAppShell, screenParameters } from "../screen-shell";
import { forEachKit, storyLocation } from "../story-helpers";

const { filters } = payoutsLabels;

const meta = {
  title: "Screens/PayoutsScreen",
  component: PayoutsScreen,
  parameters: { ...screenParameters, location: "/payouts" },
  decorators: [inAppShell(payoutsUsd.seller.name)],
  args: payoutsUsd,
} satisfies Meta<typeof PayoutsScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seeded first page. */
export const FirstPage: Story = {};

/**
 * Filters live in the URL: ticking a status, choosing the arrival date, a search (after its pause
 * in typing), sorting by amount and the next page each write the URL the server reads.
 */
export const FiltersSortAndPages: Story = {
  play: async ({ canvasElement }) => {
    await forEachKit(canvasElement, async (canvas, kitElement) => {
      const region = within(canvas.getByRole("region", { name: filters.region }));
      await userEvent.click(region.getByRole("button", { name: filters.status }));
      const statuses = within(await screen.findByRole("group", { name: filters.status }));
      await userEvent.click(statuses.getByRole("checkbox", { name: "Paid" }));
      await userEvent.keyboard("{Escape}");
      await waitFor(() => expect(storyLocation(kitElement)).toBe("/payouts?status=paid"));

      // The seeded list filters by arrival date; the other choice is the creation date.
      await userEvent.selectOptions(
        region.getByRole("combobox", { name: filters.dateField }),
        "created",
      );
      await waitFor(() =>
        expect(storyLocation(kitElement)).toBe("/payouts?status=paid&dateField=created"),
      );

      await userEvent.type(region.getByRole("searchbox", { name: filters.search }), "po_");
      await waitFor(() => expect(storyLocation(kitElement)).toMatch(/&search=po_$/));

      await userEvent.click(canvas.getByRole("link", { name: /Net amount/ }));
      await expect(storyLocation(kitElement)).toBe(payoutsUsd.hrefs.sort.amount.desc);
      await userEvent.click(canvas.getByRole("link", { name: "Next" }));
      await expect(storyLocation(kitElement)).toBe(payoutsUsd.hrefs.next);
    });
  },
};

/** A filter that matches nothing: the empty state offers to reset the filters. */
export const NoMatch: Story = {
  args: payoutsFilteredEmpty,
  parameters: { location: "/payouts?status=canceled&search=no-such-payout" },
};
