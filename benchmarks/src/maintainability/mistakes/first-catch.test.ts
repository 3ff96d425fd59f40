import { describe, expect, it } from "vitest";
import { describeCatch, firstCatch, type StageRunners } from "./first-catch";
import type { Stage } from "./manifest";

/** Runners that catch at the stages given, and record the order they ran in. */
function runners(catching: readonly Stage[]) {
  const calls: Stage[] = [];
  const runner = (stage: Stage) => async () => {
    calls.push(stage);
    return catching.includes(stage)
      ? { caught: true, message: `${stage} says no` }
      : { caught: false };
  };
  const all: StageRunners = {
    build: runner("build"),
    lint: runner("lint"),
    typecheck: runner("typecheck"),
  };
  return { all, calls };
}

describe("firstCatch", () => {
  it("runs type check, then lint, then build, and stops at the first that catches", async () => {
    const { all, calls } = runners(["lint", "build"]);
    const caught = await firstCatch(all);
    expect(caught).toEqual({
      outcome: "lint",
      message: "lint says no",
      ran: ["typecheck", "lint"],
    });
    expect(calls).toEqual(["typecheck", "lint"]);
  });

  it("credits the type check when every stage would catch it", async () => {
    const { all, calls } = runners(["typecheck", "lint", "build"]);
    expect((await firstCatch(all)).outcome).toBe("typecheck");
    expect(calls).toEqual(["typecheck"]);
  });

  it("reaches the build only when the type check and lint let the mistake through", async () => {
    const { all } = runners(["build"]);
    expect(await firstCatch(all)).toMatchObject({
      outcome: "build",
      ran: ["typecheck", "lint", "build"],
    });
  });

  it("says not caught when no stage catches it, after running them all", async () => {
    const { all, calls } = runners([]);
    expect(await firstCatch(all)).toEqual({
      outcome: "not caught",
      ran: ["typecheck", "lint", "build"],
    });
    expect(calls).toEqual(["typecheck", "lint", "build"]);
  });

  it("lets a stage that breaks (not one that catches) fail the run", async () => {
    const { all } = runners([]);
    const broken = async () => {
      throw new Error("Biome gave no report");
    };
    await expect(firstCatch({ ...all, lint: broken })).rejects.toThrow("Biome gave no report");
  });
});

describe("describeCatch", () => {
  it("names the stage as a developer would, then what the tool said", () => {
    expect(describeCatch("typecheck", "TS2551 Property 'surfce' does not exist")).toBe(
      "type check: TS2551 Property 'surfce' does not exist",
    );
    expect(describeCatch("not caught")).toBe("not caught");
  });
});
