import { describe, expect, it } from "vitest";
import { validationFields } from "../testing/validation-fields";
import { encodeCursor } from "./keyset-cursor";
import { payoutListParamsSchema, payoutListQuery } from "./payout-list-params";
import { parseSearchParams } from "./search-params";

const parse = (searchParams: Record<string, string | string[] | undefined>) =>
  parseSearchParams(payoutListParamsSchema, searchParams);

const fieldsOf = (searchParams: Record<string, string | string[] | undefined>) =>
  validationFields(() => parse(searchParams));

describe("payoutListParamsSchema", () => {
  it("gives every param its default when the URL has none", () => {
    expect(parse({})).toEqual({
      status: [],
      dateField: "arrival",
      sort: "date",
      order: "desc",
      pageSize: 25,
    });
  });

  it("reads statuses from repeated keys and from commas alike", () => {
    expect(parse({ status: ["paid", "failed"] }).status).toEqual(["paid", "failed"]);
    expect(parse({ status: "paid,failed" }).status).toEqual(["paid", "failed"]);
  });

  it("reads a full URL into typed params", () => {
    const params = parse({
      dateField: "created",
      from: "2026-01-01",
      to: "2026-01-31",
      currency: "usd",
      amountMin: "12.50",
      amountMax: "100",
      search: "  po_ab ",
      sort: "amount",
      order: "asc",
      pageSize: "100",
    });
    expect(params).toMatchObject({
      dateField: "created",
      from: "2026-01-01",
      to: "2026-01-31",
      currency: "USD",
      amountMin: "12.50",
      amountMax: "100",
      search: "po_ab",
      sort: "amount",
      order: "asc",
      pageSize: 100,
    });
  });

  it("treats an empty field as absent", () => {
    expect(parse({ from: "", search: "", currency: "" })).toEqual(parse({}));
  });

  it("names the malformed field", () => {
    expect(fieldsOf({ status: "lost" })).toEqual(["status.0"]);
    expect(fieldsOf({ from: "2026-02-30" })).toEqual(["from"]);
    expect(fieldsOf({ to: "yesterday" })).toEqual(["to"]);
    expect(fieldsOf({ pageSize: "30" })).toEqual(["pageSize"]);
    expect(fieldsOf({ pageSize: "many" })).toEqual(["pageSize"]);
    expect(fieldsOf({ sort: "name" })).toEqual(["sort"]);
    expect(fieldsOf({ order: "up" })).toEqual(["order"]);
    expect(fieldsOf({ currency: "dollars" })).toEqual(["currency"]);
    expect(fieldsOf({ amountMin: "$12" })).toEqual(["amountMin"]);
    expect(fieldsOf({ dateField: "paid" })).toEqual(["dateField"]);
    expect(fieldsOf({ after: "not a cursor" })).toEqual(["after"]);
  });

  it("refuses ranges that end before they start", () => {
    expect(fieldsOf({ from: "2026-02-01", to: "2026-01-31" })).toEqual(["to"]);
    expect(fieldsOf({ amountMin: "10.5", amountMax: "9.99" })).toEqual(["amountMax"]);
    expect(fieldsOf({ amountMin: "10.50", amountMax: "10.5" })).toEqual([]);
  });

  it("refuses a cursor made for another sort, and two cursors at once", () => {
    const byAmount = encodeCursor({ sort: "amount", value: 100, id: "po_1" });
    const byArrival = encodeCursor({ sort: "arrival", value: "2026-01-01", id: "po_1" });
    expect(fieldsOf({ sort: "amount", after: byAmount })).toEqual([]);
    expect(fieldsOf({ after: byAmount })).toEqual(["after"]);
    expect(fieldsOf({ after: byArrival, before: byArrival })).toEqual(["before"]);
  });

  it("refuses a hand-edited cursor whose values could not be a row's", () => {
    const forged = [
      { sort: "amount", value: "1; drop table payouts", id: "po_1" },
      { sort: "arrival", value: "2026-02-30", id: "po_1" },
      { sort: "created", value: "yesterday", id: "po_1" },
    ];
    expect(fieldsOf({ sort: "amount", after: encodeCursor(forged[0] as never) })).toEqual([
      "after",
    ]);
    expect(fieldsOf({ before: encodeCursor(forged[1] as never) })).toEqual(["before"]);
    expect(fieldsOf({ dateField: "created", after: encodeCursor(forged[2] as never) })).toEqual([
      "after",
    ]);
    const valid = encodeCursor({
      sort: "created",
      value: "2026-11-16 05:11:00.123456+00",
      id: "po_1",
    });
    expect(fieldsOf({ dateField: "created", after: valid })).toEqual([]);
  });

  it("gives a message a person can act on", () => {
    expect(() => parse({ pageSize: "30" })).toThrow("pageSize: must be 25, 50 or 100");
  });

  it("accepts params that are already typed, unchanged", () => {
    const params = parse({ status: "paid", pageSize: "50", amountMin: "3" });
    expect(payoutListParamsSchema.parse(params)).toEqual(params);
  });
});

describe("payoutListQuery", () => {
  it("leaves defaults out", () => {
    expect(payoutListQuery(parse({}))).toBe("");
  });

  it("round-trips through the schema", () => {
    const params = parse({
      status: ["paid", "in_transit"],
      dateField: "created",
      from: "2026-01-01",
      currency: "EUR",
      amountMax: "99.90",
      search: "po 1",
      sort: "amount",
      pageSize: "50",
    });
    const query = payoutListQuery(params);
    expect(query).toContain("status=paid%2Cin_transit");
    const again = parse(Object.fromEntries(new URLSearchParams(query)));
    expect(again).toEqual(params);
  });
});
