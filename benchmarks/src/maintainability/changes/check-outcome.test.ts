import { expect, it } from "vitest";
import { failed, passed, summariseOutcomes } from "./check-outcome";

it("counts passes and failures in the shape the test command adds up, failures with why", () => {
  expect(
    summariseOutcomes([
      passed("rebrand: the patches apply to HEAD"),
      failed("table-cards: the patches apply to HEAD", "patch does not apply"),
      passed("group 1: the Storybook builds", "in 20 s"),
    ]),
  ).toEqual({
    numTotalTests: 3,
    numPassedTests: 2,
    numFailedTests: 1,
    failures: [{ name: "table-cards: the patches apply to HEAD", message: "patch does not apply" }],
  });
});
