import { describe, expect, it } from "vitest";
import { validationFields } from "../testing/validation-fields";
import { activityParamsSchema, activityQuery } from "./balance-activity-params";
import { encodeCursor } from "./keyset-cursor";
import { parseSearchParams } from "./search-params";

const parse = (searchParams: Record<string, string | string[] | undefined>) =>
  parseSearchParams(activityParamsSchema, searchParams);

const fieldsOf = (searchParams: Record<string, string | string[] | undefined>) =>
  validationFields(() => parse(searchParams));

describe("activityParamsSchema", () => {
  it("defaults to every type, all dates, 25 a page", () => {
    expect(parse({})).toEqual({ type: [], pageSize: 25 });
  });

  it("reads types from repeated keys and commas, dates and page size", () => {
    expect(
      parse({
        type: ["sale,refund", "payout"],
        from: "2026-01-01",
        to: "2026-01-31",
        pageSize: "50",
      }),
    ).toEqual({
      type: ["sale", "refund", "payout"],
      from: "2026-01-01",
      to: "2026-01-31",
      pageSize: 50,
    });
  });

  it("names the malformed field", () => {
    expect(fieldsOf({ type: "payout_paid" })).toEqual(["type.0"]);
    expect(fieldsOf({ type: "sale,bogus" })).toEqual(["type.1"]);
    expect(fieldsOf({ from: "2026-1-1" })).toEqual(["from"]);
    expect(fieldsOf({ from: "2026-02-01", to: "2026-01-01" })).toEqual(["to"]);
    expect(fieldsOf({ pageSize: "0" })).toEqual(["pageSize"]);
  });

  it("takes only cursors of its own shape", () => {
    const own = encodeCursor({ sort: "occurred", value: "2026-11-16 05:11:00+00", id: 42 });
    expect(fieldsOf({ after: own })).toEqual([]);
    const payoutCursor = encodeCursor({
      sort: "created",
      value: "2026-11-16 05:11:00+00",
      id: "po_1",
    });
    expect(fieldsOf({ after: payoutCursor })).toEqual(["after"]);
    const textId = encodeCursor({
      sort: "occurred",
      value: "2026-11-16 05:11:00+00",
      id: "42 or 1=1",
    });
    expect(fieldsOf({ before: textId })).toEqual(["before"]);
  });
});

describe("activityQuery", () => {
  it("leaves defaults out and round-trips through the schema", () => {
    expect(activityQuery(parse({}))).toBe("");
    const params = parse({ type: "chargeback,fee", from: "2026-03-01", pageSize: "100" });
    expect(parse(Object.fromEntries(new URLSearchParams(activityQuery(params))))).toEqual(params);
  });
});
