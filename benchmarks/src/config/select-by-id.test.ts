import { expect, test } from "vitest";
import { selectById } from "./select-by-id";

const routes = [{ id: "overview" }, { id: "payouts" }, { id: "activity" }];

test("every item when no ids are given, else those named, in the list's order", () => {
  expect(selectById(routes, undefined, "route")).toEqual(routes);
  expect(selectById(routes, ["activity", "overview"], "route")).toEqual([
    { id: "overview" },
    { id: "activity" },
  ]);
});

test("an unknown id is refused with the known ones", () => {
  expect(() => selectById(routes, ["overveiw"], "route")).toThrow(
    "Unknown route overveiw; known: overview, payouts, activity",
  );
});
