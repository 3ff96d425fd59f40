import { describe, expect, it } from "vitest";
import type { BarSeries } from "../components/chart";
import { barSeriesValue, describeBarGroup } from "./describe-bar-group";

const series: BarSeries[] = [
  { id: "gross", label: "Gross", color: "gross" },
  { id: "net", label: "Net", color: "net" },
];

describe("describeBarGroup", () => {
  it("names the group, then each series with its formatted value in order", () => {
    const group = { id: "w1", label: "Nov 2", values: { gross: 1_000, net: 900 } };
    expect(describeBarGroup(group, series, (value) => `$${value / 100}`)).toBe(
      "Nov 2: Gross $10, Net $9",
    );
  });

  it("tells a missing value as zero", () => {
    const group = { id: "w1", label: "Nov 9", values: { gross: 500 } };
    expect(barSeriesValue(group, series[1] as BarSeries)).toBe(0);
    expect(describeBarGroup(group, series, String)).toBe("Nov 9: Gross 500, Net 0");
  });
});
