import { createFormatter } from "@payout-styles/ui-core";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { BarChart } from "../../contract/components";
import { overviewEur } from "../../fixtures/screen-fixtures";

const { seller, earnings } = overviewEur;
const format = createFormatter(seller);

const meta = {
  title: "Components/BarChart",
  component: BarChart,
  args: {
    title: "Earnings, last 12 weeks",
    groupHeader: "Week of",
    formatValue: (value) => format.money(value, seller.currency),
    series: [
      { id: "gross", label: "Gross sales", color: "gross" },
      { id: "fees", label: "Fees", color: "fees" },
      { id: "net", label: "Net", color: "net" },
    ],
    // The seeded EUR seller's weeks, as the overview shows them.
    groups: earnings.map((period) => ({
      id: period.periodStart,
      label: format.date(period.periodStart, "dayMonth"),
      values: { gross: period.gross, fees: period.fees, net: period.net },
    })),
  },
} satisfies Meta<typeof BarChart>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Earnings: Story = {};
