import { describe, expect, test } from "vitest";
import { forEachRound, roundOrder } from "./interleave";

describe("roundOrder", () => {
  test("each round starts one target further on", () => {
    const targets = ["a", "b", "c"];
    expect([0, 1, 2, 3].map((round) => roundOrder(targets, round).join(""))).toEqual([
      "abc",
      "bca",
      "cab",
      "abc",
    ]);
  });

  test("over as many rounds as targets, every target takes every position once", () => {
    const targets = ["a", "b", "c", "d"];
    for (const [position] of targets.entries()) {
      const atPosition = targets.map((_, round) => roundOrder(targets, round)[position]);
      expect(new Set(atPosition)).toEqual(new Set(targets));
    }
  });
});

test("forEachRound runs the warm-ups first, then every target once a round", async () => {
  const calls: string[] = [];
  await forEachRound(["a", "b"], { rounds: 2, warmups: 1 }, async (item, round) => {
    calls.push(`${round.warmup ? "w" : "m"}${round.index}${item}`);
  });
  expect(calls).toEqual(["w0a", "w0b", "m1b", "m1a", "m2a", "m2b"]);
});
