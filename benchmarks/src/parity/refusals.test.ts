import { describe, expect, test } from "vitest";
import type { ParityCheck, TargetId } from "../results/schema";
import { refusedTargets } from "./refusals";

const pixels = (target: TargetId, against: TargetId, passed: boolean): ParityCheck => ({
  target,
  against,
  passed,
  route: "overview (light)",
  check: "pixels",
  detail: passed ? "0 % differ" : "2 % differ",
});
const markup = (target: TargetId, against: TargetId, passed: boolean): ParityCheck => ({
  target,
  against,
  passed,
  route: "overview",
  check: "markup",
  detail: passed ? "same" : "line 3 differs",
});
const kits: TargetId[] = ["tailwind", "vanilla", "styled"];

describe("refusedTargets", () => {
  test("every kit agreeing: nobody is refused", () => {
    const checks = [
      pixels("tailwind", "vanilla", true),
      pixels("tailwind", "styled", true),
      pixels("vanilla", "styled", true),
      markup("floor", "tailwind", true),
    ];
    expect(refusedTargets(kits, "floor", checks)).toEqual(new Map());
  });

  test("the one kit that matches no other is refused, and says why", () => {
    const checks = [
      pixels("tailwind", "vanilla", true),
      pixels("tailwind", "styled", false),
      pixels("vanilla", "styled", false),
    ];
    const refused = refusedTargets(kits, undefined, checks);
    expect([...refused.keys()]).toEqual(["styled"]);
    expect(refused.get("styled")).toContain("pixels on overview (light)");
    expect(refused.get("styled")).toContain("2 % differ");
  });

  test("two kits that disagree are both refused", () => {
    const refused = refusedTargets(["tailwind", "vanilla"], undefined, [
      pixels("tailwind", "vanilla", false),
    ]);
    expect([...refused.keys()].sort()).toEqual(["tailwind", "vanilla"]);
  });

  test("the floor is refused when its markup is not a standing kit's, not a refused kit's", () => {
    const againstRefusedKit = [
      pixels("tailwind", "vanilla", true),
      pixels("tailwind", "styled", false),
      pixels("vanilla", "styled", false),
      markup("floor", "styled", false),
      markup("floor", "tailwind", true),
    ];
    expect(refusedTargets(kits, "floor", againstRefusedKit).has("floor")).toBe(false);
    const againstStandingKit = [...againstRefusedKit, markup("floor", "vanilla", false)];
    expect(refusedTargets(kits, "floor", againstStandingKit).get("floor")).toContain(
      "not vanilla's",
    );
  });
});
