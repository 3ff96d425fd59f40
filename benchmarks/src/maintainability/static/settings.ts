// How much the static measurement samples, per profile. Everything it reads is exact (counts,
// the CSS, coverage of a page load) but the type check's time and memory, which are sampled.
import type { Profile } from "../../config/profiles";

export interface StaticSettings {
  /** Runs of `tsc --extendedDiagnostics` per target, interleaved across targets. */
  typeCheckRuns: number;
}

export const staticSettings: Record<Profile["name"], StaticSettings> = {
  quick: { typeCheckRuns: 1 },
  full: { typeCheckRuns: 7 },
};
