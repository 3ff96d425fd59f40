import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { parseInput, ValidationError } from "../errors";
import { canonicalJson, idempotencyKeySchema, type JsonValue, requestHash } from "./idempotency";

describe("canonicalJson", () => {
  it("sorts object keys at every level and keeps array order", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  test.prop([fc.jsonValue()])("reads back as the same value", (value) => {
    expect(JSON.parse(canonicalJson(value as JsonValue))).toEqual(
      JSON.parse(JSON.stringify(value)),
    );
  });
});

describe("requestHash", () => {
  it("is the same for the same request written in another key order", () => {
    expect(requestHash({ amount: 100, currency: "USD" })).toBe(
      requestHash({ currency: "USD", amount: 100 }),
    );
  });

  it("differs when a parameter differs", () => {
    expect(requestHash({ amount: 100 })).not.toBe(requestHash({ amount: 101 }));
    expect(requestHash({ amount: 100 })).not.toBe(requestHash({ amount: "100" }));
  });
});

describe("idempotency keys", () => {
  it.each([["3f2c1a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f"], ["payout_2026-11-17"], ["a".repeat(255)]])(
    "accepts %s",
    (key) => {
      expect(parseInput(idempotencyKeySchema, key)).toBe(key);
    },
  );

  it.each([["short"], ["has space in it"], ["ünïcode-key"], ["a".repeat(256)]])(
    "refuses %s",
    (key) => {
      expect(() => parseInput(idempotencyKeySchema, key)).toThrow(ValidationError);
    },
  );
});
