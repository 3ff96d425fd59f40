import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkRun, checkSummary, observationCheck, writeCheckSummary } from "./expectations";
import type { MistakesRun, Observation } from "./run-mistakes";

const observed = (overrides: Partial<Observation>): Observation => ({
  mistakeId: "misspelled-token",
  kit: "vanilla",
  expected: "typecheck",
  outcome: "typecheck",
  message: "TS2551 Property 'surfce' does not exist",
  seconds: 1,
  ...overrides,
});

describe("observationCheck", () => {
  it("passes when the stage that caught the mistake is the one the manifest expects", () => {
    expect(observationCheck(observed({}))).toEqual({
      name: "mistake misspelled-token in vanilla",
      failures: [],
    });
  });

  it("fails on any other outcome, saying what was expected, what came, and what to do", () => {
    const { failures } = observationCheck(observed({ outcome: "not caught", message: undefined }));
    expect(failures).toEqual([
      "mistake misspelled-token in vanilla: expected typecheck, got not caught — a patch rotted or a toolchain changed: update the manifest or the patch",
    ]);
  });

  it("quotes the tool when a mistake is caught earlier or later than expected", () => {
    const { failures } = observationCheck(
      observed({ expected: "build", outcome: "lint", message: "noTailwindRawColors: raw colour" }),
    );
    expect(failures[0]).toContain("expected build, got lint (noTailwindRawColors: raw colour)");
  });

  it("fails a patch that no longer applies to HEAD, asking for it to be remade", () => {
    const { failures } = observationCheck(
      observed({
        outcome: undefined,
        notRun: {
          because: "patch",
          detail: "misspelled-token/vanilla.patch does not apply to HEAD: error: patch failed",
        },
      }),
    );
    expect(failures).toEqual([
      "mistake misspelled-token in vanilla: not made — misspelled-token/vanilla.patch does not apply to HEAD: error: patch failed: remake the patch against HEAD",
    ]);
  });

  it("fails a mistake left unmade because the clean copy fails, pointing at HEAD", () => {
    const { failures } = observationCheck(
      observed({
        outcome: undefined,
        notRun: { because: "clean copy", detail: "the clean copy fails the build: oops" },
      }),
    );
    expect(failures[0]).toMatch(/the clean copy fails the build: oops: fix HEAD first$/);
  });

  it("fails a patch Biome would reformat, even when the outcome is right", () => {
    const { failures } = observationCheck(observed({ formatting: "format: File content differs" }));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toContain(
      "not formatted as Biome formats it (format: File content differs)",
    );
  });

  it("fails when the type check still fails once the patch is undone (a stale checker)", () => {
    const { failures } = observationCheck(observed({ afterReset: "TS2551 Property 'surfce'" }));
    expect(failures[0]).toContain("the kept type checker went stale");
  });

  it("fails when next build and the kit's build disagree, in either direction", () => {
    const missed = observationCheck(
      observed({
        expected: "not caught",
        outcome: "not caught",
        nextBuild: { caught: true, message: "Styles were unable to be assigned to a file" },
      }),
    );
    expect(missed.failures).toEqual([
      "mistake misspelled-token in vanilla: the kit's build let it through but next build caught it (Styles were unable to be assigned to a file) — the fast build no longer stands for next build",
    ]);
    const extra = observationCheck(
      observed({ expected: "build", outcome: "build", nextBuild: { caught: false } }),
    );
    expect(extra.failures[0]).toContain("the kit's build caught it but next build let it through");
    const agreed = observationCheck(
      observed({ expected: "build", outcome: "build", nextBuild: { caught: true } }),
    );
    expect(agreed.failures).toEqual([]);
  });
});

describe("checkRun and its summary", () => {
  const run: MistakesRun = {
    kits: ["tailwind", "vanilla"],
    baselines: [
      { kit: "tailwind", problems: [] },
      { kit: "vanilla", problems: ["fails the type check: TS2304 Cannot find name 'x'"] },
    ],
    observations: [
      observed({ kit: "tailwind", expected: "lint", outcome: "lint" }),
      observed({ outcome: "not caught" }),
    ],
    nextBuild: false,
    seconds: 60,
  };

  it("counts each clean copy and each mistake × kit as one test", () => {
    const summary = checkSummary(checkRun(run));
    expect(summary).toMatchObject({
      numTotalTests: 4,
      numPassedTests: 2,
      numFailedTests: 2,
      success: false,
    });
    expect(summary.failures).toEqual([
      "clean copy of vanilla: HEAD fails the type check: TS2304 Cannot find name 'x' — every mistake would seem caught: fix HEAD first",
      "mistake misspelled-token in vanilla: expected typecheck, got not caught (TS2551 Property 'surfce' does not exist) — a patch rotted or a toolchain changed: update the manifest or the patch",
    ]);
  });

  it("writes the summary where the test runner reads it, in the shape it adds up", () => {
    const file = join(mkdtempSync(join(tmpdir(), "mistakes-")), ".test-results", "mistakes.json");
    writeCheckSummary(file, checkRun(run));
    const written = JSON.parse(readFileSync(file, "utf8"));
    expect(written.numPassedTests).toBe(2);
    expect(written.numFailedTests).toBe(2);
    expect(written.failures).toHaveLength(2);
  });
});
