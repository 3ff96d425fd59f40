// How much the static measurement samples, per profile. What it reads from the source and the CSS
// is exact; the type check's time and memory are sampled, and so is unused CSS, which moves a
// little with whether a loading state showed before the page streamed in.
import type { Profile } from "../../config/profiles";

export interface StaticSettings {
  /** Runs of `tsc --extendedDiagnostics` per target, interleaved across targets. */
  typeCheckRuns: number;
  /** First visits per route and kit for unused CSS, interleaved across kits. */
  coverageVisits: number;
}

export const staticSettings: Record<Profile["name"], StaticSettings> = {
  quick: { typeCheckRuns: 1, coverageVisits: 1 },
  full: { typeCheckRuns: 7, coverageVisits: 5 },
};
