import { describe, expect, it } from "vitest";
import { payoutTransactionComparators } from "../screens/payout-detail";
import { activityColumnSpecs } from "./activity-columns";
import { payoutTransactionColumnSpecs } from "./payout-transaction-columns";

describe("activityColumnSpecs", () => {
  it("makes the details the row header and every money column numeric", () => {
    expect(activityColumnSpecs.filter((spec) => spec.rowHeader).map((spec) => spec.id)).toEqual([
      "description",
    ]);
    expect(activityColumnSpecs.filter((spec) => spec.numeric).map((spec) => spec.id)).toEqual([
      "gross",
      "fees",
      "reserve",
      "amount",
    ]);
  });
});

describe("payoutTransactionColumnSpecs", () => {
  it("makes exactly the columns with a comparator sortable", () => {
    const sortable = payoutTransactionColumnSpecs.filter((spec) => spec.sortable);
    expect(sortable.map((spec) => spec.id).sort()).toEqual(
      Object.keys(payoutTransactionComparators).sort(),
    );
  });
});
