// One item the change check passes or fails, and the summary CI counts (the shape of Vitest's JSON
// report, which the test command adds up).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** The patches themselves, the toolchain on the patched copy, or the kits' pixels. */
export type CheckStep = "patches" | "toolchain" | "parity";

export interface CheckSubject {
  /** What was checked, e.g. "table-cards: the patches apply to HEAD". */
  name: string;
  step: CheckStep;
  /** The tasks it speaks for: one, or every task of a group checked together. */
  tasks: readonly string[];
}

export interface CheckOutcome extends CheckSubject {
  passed: boolean;
  /** Why it failed (or what it found, when it passed). */
  message?: string;
}

export function passed(subject: CheckSubject, message?: string): CheckOutcome {
  return message === undefined
    ? { ...subject, passed: true }
    : { ...subject, passed: true, message };
}

export function failed(subject: CheckSubject, message: string): CheckOutcome {
  return { ...subject, passed: false, message };
}

export interface ChangeCheckSummary {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  failures: { name: string; message: string }[];
}

export function summariseOutcomes(outcomes: readonly CheckOutcome[]): ChangeCheckSummary {
  const failures = outcomes
    .filter((outcome) => !outcome.passed)
    .map(({ name, message }) => ({ name, message: message ?? "failed" }));
  return {
    numTotalTests: outcomes.length,
    numPassedTests: outcomes.length - failures.length,
    numFailedTests: failures.length,
    failures,
  };
}

export function writeChangeCheckSummary(file: string, outcomes: readonly CheckOutcome[]): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(summariseOutcomes(outcomes), null, 2)}\n`);
}
