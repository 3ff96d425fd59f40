import { expect, it } from "vitest";
import { failed, passed, summariseOutcomes } from "./check-outcome";

it("counts passes and failures in the shape the test command adds up, failures with why", () => {
  expect(
    summariseOutcomes([
      passed({ name: "rebrand: the patches apply to HEAD", step: "patches", tasks: ["rebrand"] }),
      failed(
        { name: "table-cards: the patches apply to HEAD", step: "patches", tasks: ["table-cards"] },
        "patch does not apply",
      ),
      passed(
        { name: "group 1: the Storybook builds", step: "toolchain", tasks: ["rebrand"] },
        "in 20 s",
      ),
    ]),
  ).toEqual({
    numTotalTests: 3,
    numPassedTests: 2,
    numFailedTests: 1,
    failures: [{ name: "table-cards: the patches apply to HEAD", message: "patch does not apply" }],
  });
});
