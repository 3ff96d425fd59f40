import { describe, expect, it } from "vitest";
import { payoutSortOf, payoutTableColumnSpecs, recentPayoutColumnSpecs } from "./payout-columns";

const summary = (specs: ReturnType<typeof payoutTableColumnSpecs>) =>
  specs.map(({ key, id, sortable }) => `${key}:${id}${sortable ? ":sortable" : ""}`);

describe("payoutTableColumnSpecs", () => {
  it("sorts by arrival date in the date column when the filter is on arrival", () => {
    expect(summary(payoutTableColumnSpecs("arrival"))).toEqual([
      "arrivalDate:date:sortable",
      "payoutId:id",
      "status:status",
      "grossSales:grossSales",
      "feesAndAdjustments:feesAndAdjustments",
      "netAmount:amount:sortable",
      "destination:destination",
    ]);
  });

  it("sorts by created date and keeps arrival as its own column when on created", () => {
    expect(summary(payoutTableColumnSpecs("created")).slice(0, 2)).toEqual([
      "createdAt:date:sortable",
      "arrivalDate:arrivalDate",
    ]);
  });

  it("makes the payout id the row header and amounts numeric", () => {
    const specs = payoutTableColumnSpecs("arrival");
    expect(specs.filter((spec) => spec.rowHeader).map((spec) => spec.key)).toEqual(["payoutId"]);
    expect(specs.filter((spec) => spec.numeric).map((spec) => spec.id)).toEqual([
      "grossSales",
      "feesAndAdjustments",
      "amount",
    ]);
  });
});

describe("recentPayoutColumnSpecs", () => {
  it("has no sortable column", () => {
    expect(recentPayoutColumnSpecs.some((spec) => spec.sortable)).toBe(false);
  });
});

describe("payoutSortOf", () => {
  it("maps the amount column to the amount sort and any date column to the date sort", () => {
    expect(payoutSortOf("amount")).toBe("amount");
    expect(payoutSortOf("date")).toBe("date");
  });
});
