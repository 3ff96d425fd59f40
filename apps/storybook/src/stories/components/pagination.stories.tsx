import { pageSizes } from "@payout-styles/ui-core";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent } from "storybook/test";
import { Pagination } from "../../contract/components";
import { payoutsUsd } from "../../fixtures/screen-fixtures";
import { forEachKit, storyLocation } from "../story-helpers";

// The seeded first page of payouts: its next link and page-size links, as the loader built them.
const { hrefs, list } = payoutsUsd;

const meta = {
  title: "Components/Pagination",
  component: Pagination,
  parameters: { location: "/payouts" },
  args: {
    label: "Payouts pages",
    previousHref: hrefs.previous,
    nextHref: hrefs.next,
    summary: "1–25",
    pageSize: {
      value: list.params.pageSize,
      options: pageSizes,
      hrefFor: (size) => hrefs.pageSizes[String(size) as keyof typeof hrefs.pageSizes],
    },
  },
} satisfies Meta<typeof Pagination>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Every choice is a link: "Next" and a page size go to the loader's hrefs; the first page has no
 * previous page, announced as an unavailable link.
 */
export const FirstPage: Story = {
  play: async ({ canvasElement, args }) => {
    await forEachKit(canvasElement, async (canvas, kitElement) => {
      await expect(canvas.getByRole("link", { name: "Previous" })).toHaveAttribute(
        "aria-disabled",
        "true",
      );
      await expect(canvas.getByRole("link", { name: "25" })).toHaveAttribute(
        "aria-current",
        "true",
      );
      await userEvent.click(canvas.getByRole("link", { name: "50" }));
      await expect(storyLocation(kitElement)).toBe(hrefs.pageSizes["50"]);
      await userEvent.click(canvas.getByRole("link", { name: "Next" }));
      await expect(storyLocation(kitElement)).toBe(args.nextHref);
    });
  },
};

export const MiddlePage: Story = {
  args: { previousHref: "/payouts?before=cursor", summary: "26–50" },
};
export const OnlyPage: Story = { args: { nextHref: null, pageSize: undefined, summary: "3" } };
