// What CI holds the mistakes to: each kit's clean copy passes its toolchain, every patch applies to
// HEAD, is formatted as Biome formats it and is caught (or not) by the stage the manifest expects;
// on the full profile, `next build` agrees with the fast build. One check per clean copy and per
// mistake × kit, counted as tests in the shape of Vitest's JSON report.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Baseline, MistakesRun, Observation } from "./run-mistakes";

export interface Check {
  name: string;
  /** Empty when the check passed; each says what differs and what to do about it. */
  failures: string[];
}

function baselineCheck({ kit, problems }: Baseline): Check {
  return {
    name: `clean copy of ${kit}`,
    failures: problems.map(
      (problem) =>
        `clean copy of ${kit}: HEAD ${problem} — every mistake would seem caught: fix HEAD first`,
    ),
  };
}

function buildDisagreement(observation: Observation): string | undefined {
  const { nextBuild, outcome } = observation;
  if (!nextBuild) return undefined;
  const kitCaught = outcome === "build";
  if (kitCaught === nextBuild.caught) return undefined;
  const kitSaid = kitCaught ? "the kit's build caught it" : "the kit's build let it through";
  const nextSaid = nextBuild.caught
    ? `next build caught it (${nextBuild.message})`
    : "next build let it through";
  return `${kitSaid} but ${nextSaid} — the fast build no longer stands for next build`;
}

export function observationCheck(observation: Observation): Check {
  const { mistakeId, kit, expected, outcome, message } = observation;
  const name = `mistake ${mistakeId} in ${kit}`;
  const failures: string[] = [];
  if (observation.notRun) {
    const { because, detail } = observation.notRun;
    const todo = because === "patch" ? "remake the patch against HEAD" : "fix HEAD first";
    failures.push(`${name}: not made — ${detail}: ${todo}`);
    return { name, failures };
  }
  if (outcome !== expected) {
    const said = message ? ` (${message})` : "";
    failures.push(
      `${name}: expected ${expected}, got ${outcome}${said} — a patch rotted or a toolchain changed: update the manifest or the patch`,
    );
  }
  if (observation.formatting) {
    failures.push(
      `${name}: the patch is not formatted as Biome formats it (${observation.formatting}) — format the patched files and remake the patch`,
    );
  }
  if (observation.afterReset) {
    failures.push(
      `${name}: with the patch undone the type check still fails (${observation.afterReset}) — the kept type checker went stale`,
    );
  }
  const disagreement = buildDisagreement(observation);
  if (disagreement) failures.push(`${name}: ${disagreement}`);
  return { name, failures };
}

export function checkRun(run: MistakesRun): Check[] {
  return [...run.baselines.map(baselineCheck), ...run.observations.map(observationCheck)];
}

/** The counts in the shape of Vitest's JSON report, which `npm test` adds to its closing line. */
export function checkSummary(checks: readonly Check[]) {
  const failed = checks.filter((check) => check.failures.length > 0);
  return {
    numTotalTests: checks.length,
    numPassedTests: checks.length - failed.length,
    numFailedTests: failed.length,
    success: failed.length === 0,
    failures: failed.flatMap((check) => check.failures),
  };
}

export function writeCheckSummary(file: string, checks: readonly Check[]): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(checkSummary(checks), null, 2)}\n`);
}
