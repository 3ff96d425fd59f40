import {
  createFormatter,
  type DataTableColumn,
  type PayoutRowView,
  payoutStatusLabels,
  payoutStatusTone,
  sortRows,
  type TableSort,
} from "@payout-styles/ui-core";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, userEvent } from "storybook/test";
import { DataTable, EmptyState, StatusBadge } from "../../contract/components";
import { payoutsUsd } from "../../fixtures/screen-fixtures";
import { forEachKit } from "../story-helpers";

const { seller } = payoutsUsd;
const format = createFormatter(seller);
const payouts = payoutsUsd.list.rows.slice(0, 8);

const columns: readonly DataTableColumn<PayoutRowView>[] = [
  {
    id: "date",
    header: "Arrival date",
    cell: (row) => format.date(row.arrivalDate),
    sortable: true,
  },
  { id: "id", header: "Payout ID", cell: (row) => row.id, rowHeader: true },
  {
    id: "status",
    header: "Status",
    cell: (row) => (
      <StatusBadge tone={payoutStatusTone[row.status]}>
        {payoutStatusLabels[row.status]}
      </StatusBadge>
    ),
  },
  {
    id: "amount",
    header: "Net amount",
    cell: (row) => format.money(row.amount, row.currency),
    numeric: true,
    sortable: true,
  },
];

const comparators = {
  date: (a: PayoutRowView, b: PayoutRowView) => a.arrivalDate.localeCompare(b.arrivalDate),
  amount: (a: PayoutRowView, b: PayoutRowView) => a.amount - b.amount,
};

const meta: Meta<typeof DataTable<PayoutRowView>> = {
  title: "Components/DataTable",
  component: DataTable,
  args: {
    caption: "Payouts",
    columns,
    rows: payouts,
    rowKey: (row: PayoutRowView) => row.id,
    name: "payouts",
  },
};

export default meta;
type Story = StoryObj<typeof meta>;

/** Sorted in the browser: a button per sortable header, aria-sort on the sorted column. */
export const ClientSorted: Story = {
  render: function ClientSortedTable(args) {
    const [sort, setSort] = useState<TableSort>({ columnId: "date", direction: "descending" });
    return (
      <DataTable
        {...args}
        rows={sortRows(payouts, sort, comparators)}
        sort={sort}
        onSortChange={setSort}
      />
    );
  },
  play: async ({ canvasElement }) => {
    await forEachKit(canvasElement, async (canvas) => {
      const amountHeader = canvas.getByRole("columnheader", { name: /Net amount/ });
      const dateHeader = canvas.getByRole("columnheader", { name: /Arrival date/ });
      await expect(dateHeader).toHaveAttribute("aria-sort", "descending");
      await expect(amountHeader).not.toHaveAttribute("aria-sort");

      await userEvent.click(canvas.getByRole("button", { name: /Net amount/ }));
      await expect(amountHeader).toHaveAttribute("aria-sort", "descending");
      await expect(dateHeader).not.toHaveAttribute("aria-sort");
      const amounts = () =>
        canvas
          .getAllByRole("row")
          .slice(1)
          .map((row: HTMLElement) => row.lastElementChild?.textContent);
      const sortedDown = payouts.map((row) => row.amount).sort((a, b) => b - a);
      await expect(amounts()).toEqual(sortedDown.map((amount) => format.money(amount, "USD")));

      await userEvent.click(canvas.getByRole("button", { name: /Net amount/ }));
      await expect(amountHeader).toHaveAttribute("aria-sort", "ascending");
      await expect(amounts()).toEqual(
        [...sortedDown].reverse().map((amount) => format.money(amount, "USD")),
      );
    });
  },
};

/** Sorted by the server: a link per sortable header. */
export const ServerSorted: Story = {
  parameters: { location: "/payouts" },
  args: {
    sort: { columnId: "date", direction: "descending" },
    sortHref: (columnId, direction) =>
      `/payouts?sort=${columnId}&order=${direction === "ascending" ? "asc" : "desc"}`,
  },
};

export const Empty: Story = {
  args: {
    rows: [],
    empty: <EmptyState title="No payouts yet" description="Payouts appear here once made." />,
  },
};
