// The two profiles, as data. `quick` fits in CI on two cores and ranks only what its few samples
// support; `full` is the one to publish. Every dimension interleaves the targets in each round
// (A B C D, B C D A, …) so drift of the machine falls on all alike.
import type { BenchRoute } from "./routes";

export interface Profile {
  name: "quick" | "full";
  /** The themes the parity gate screenshots every route in (the report shows these shots). */
  parityThemes: readonly ("light" | "dark")[];
  interactions: {
    rounds: number;
    warmups: number;
    /** The cases to run, by id (config/interaction-cases); every case when absent. */
    cases?: readonly string[];
  };
  memory: { rounds: number };
  lighthouse: {
    runs: number;
    presets: readonly ("mobile" | "desktop")[];
    /** The routes to audit; every route when absent. */
    routes?: readonly BenchRoute["id"][];
  };
  server: { rounds: number; seconds: number; connections: number; warmupSeconds: number };
  statistics: {
    /** Bootstrap resamples for each interval. */
    resamples: number;
    /** Fewer samples than this: the figure is shown, never ranked. */
    minSamplesToRank: number;
    /** An interval wider than this share of its median is too noisy to rank on. */
    maxRelativeWidth: number;
  };
}

export const profiles: Record<Profile["name"], Profile> = {
  quick: {
    name: "quick",
    parityThemes: ["light"],
    // Within CI's time: the untrottled cases on the client table and the shell, and Lighthouse on
    // the heaviest route only; `full` runs every case and route.
    interactions: {
      rounds: 5,
      warmups: 1,
      cases: ["show-rows", "toggle-theme", "toggle-density", "open-dialog"],
    },
    memory: { rounds: 5 },
    lighthouse: { runs: 1, presets: ["mobile", "desktop"], routes: ["payout-detail"] },
    server: { rounds: 3, seconds: 2, connections: 8, warmupSeconds: 1 },
    statistics: { resamples: 2_000, minSamplesToRank: 5, maxRelativeWidth: 0.5 },
  },
  full: {
    name: "full",
    parityThemes: ["light", "dark"],
    interactions: { rounds: 15, warmups: 3 },
    memory: { rounds: 7 },
    lighthouse: { runs: 5, presets: ["mobile", "desktop"] },
    server: { rounds: 7, seconds: 10, connections: 8, warmupSeconds: 2 },
    statistics: { resamples: 10_000, minSamplesToRank: 5, maxRelativeWidth: 0.5 },
  },
};

export function profileNamed(name: string): Profile {
  if (name !== "quick" && name !== "full") {
    throw new Error(`Unknown profile "${name}": quick or full`);
  }
  return profiles[name];
}
