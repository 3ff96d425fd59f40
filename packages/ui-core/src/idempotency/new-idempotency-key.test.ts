import { describe, expect, it } from "vitest";
import { newIdempotencyKey } from "./new-idempotency-key";

// The data layer's idempotencyKeySchema pattern (packages/data/src/commands/idempotency.ts).
const acceptedKey = /^[A-Za-z0-9_-]{8,255}$/;

describe("newIdempotencyKey", () => {
  it("makes keys the data layer accepts", () => {
    expect(newIdempotencyKey()).toMatch(acceptedKey);
  });

  it("makes a different key each time", () => {
    const keys = new Set(Array.from({ length: 1000 }, newIdempotencyKey));
    expect(keys.size).toBe(1000);
  });
});
