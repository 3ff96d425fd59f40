"use client";
import {
  type BarSeries,
  createFormatter,
  type EarningsPeriodView,
  overviewLabels,
  type SellerView,
} from "@payout-styles/ui-core";
import { BarChart } from "../../components/bar-chart";

const { earningsSeries } = overviewLabels;

const series: readonly BarSeries[] = [
  { id: "gross", label: earningsSeries.gross, color: "gross" },
  { id: "fees", label: earningsSeries.fees, color: "fees" },
  { id: "net", label: earningsSeries.net, color: "net" },
];

// A client component because the chart formats its own tooltips and axis: the formatter is
// made here from the seller, since a function cannot cross from the server.
export function EarningsChart({
  seller,
  earnings,
}: {
  seller: SellerView;
  earnings: readonly EarningsPeriodView[];
}) {
  const format = createFormatter(seller);
  const groups = earnings.map((period) => ({
    id: period.periodStart,
    label: format.date(period.periodStart, "dayMonth"),
    values: { gross: period.gross, fees: period.fees, net: period.net },
  }));
  return (
    <BarChart
      title={overviewLabels.earningsTitle}
      series={series}
      groups={groups}
      formatValue={(value) => format.money(value, seller.currency)}
      groupHeader={overviewLabels.earningsGroupHeader}
    />
  );
}
