import { expect, it } from "vitest";
import { type CheckOutcome, failed, passed } from "./check-outcome";
import { changeCheckTable } from "./check-table";
import { taskFixture } from "./task-fixture";

const task = taskFixture;

it("sums each task's outcomes by step, a group's toolchain counting for each of its tasks", () => {
  const outcomes: CheckOutcome[] = [
    passed({ name: "a: apply", step: "patches", tasks: ["a"] }),
    failed({ name: "b: apply", step: "patches", tasks: ["b"] }, "does not apply"),
    failed({ name: "group 1: tsc", step: "toolchain", tasks: ["a"] }, "TS2339"),
    passed({ name: "a: story light", step: "parity", tasks: ["a"] }),
    failed({ name: "a: story dark", step: "parity", tasks: ["a"] }, "0.4 %"),
  ];
  const table = changeCheckTable([task("a"), task("b")], {
    outcomes,
    groups: [["a"]],
    seconds: 95,
  });
  expect(table.rows).toEqual([
    ["Task a", "passed", "1 failed", "1 of 2 alike"],
    ["Task b", "1 failed", "not checked", "not checked"],
  ]);
  expect(table.note).toBe(
    "2 of 5 checks passed in 95 s, all tasks stacked on one copy; a group's toolchain result speaks for every task in it.",
  );
});
