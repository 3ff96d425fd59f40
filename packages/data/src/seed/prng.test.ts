import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { isIdOf } from "../ids";
import { SeedRandom } from "./prng";

const draws = (random: SeedRandom) => Array.from({ length: 20 }, () => random.int(0, 1_000_000));

describe("SeedRandom", () => {
  it("draws the same sequence from the same stream name", () => {
    expect(draws(new SeedRandom("seller/usd"))).toEqual(draws(new SeedRandom("seller/usd")));
  });

  it("draws different sequences from different stream names", () => {
    expect(draws(new SeedRandom("seller/usd"))).not.toEqual(draws(new SeedRandom("seller/eur")));
  });

  test.prop([fc.string(), fc.integer({ min: -1_000, max: 1_000 }), fc.nat(1_000)])(
    "keeps integers within their bounds",
    (stream, min, span) => {
      const value = new SeedRandom(stream).int(min, min + span);
      expect(value).toBeGreaterThanOrEqual(min);
      expect(value).toBeLessThanOrEqual(min + span);
    },
  );

  it("never picks a choice of weight zero", () => {
    const random = new SeedRandom("weights");
    for (let draw = 0; draw < 1_000; draw += 1) {
      expect(
        random.weighted([
          ["never", 0],
          ["always", 3],
        ] as const),
      ).toBe("always");
    }
  });

  it("makes well-formed ids", () => {
    const random = new SeedRandom("ids");
    expect(isIdOf("payout", random.id("payout"))).toBe(true);
    expect(random.id("order")).not.toBe(random.id("order"));
  });
});
