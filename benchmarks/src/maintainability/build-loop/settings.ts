// How much the build and dev loop measures, per profile. `quick` leaves it out (a cold build of
// every kit with both bundlers takes minutes each on two cores, and CI has no room for it); `full`
// runs every step in rounds that interleave the targets.
import type { Profile } from "../../config/profiles";
import type { Bundler } from "../../config/targets";

export interface BuildLoopSettings {
  /** Cold production builds per target and bundler. */
  buildRounds: number;
  buildBundlers: readonly Bundler[];
  /** Dev server cold starts per target; each kit's hot reloads run in the same sessions. */
  devRounds: number;
  devBundlers: readonly Bundler[];
  hotReload: {
    /** Style changes per session before those measured (the first compiles more). */
    warmups: number;
    /** Style changes measured per session, alternating the two values. */
    edits: number;
    /** Quiet time after a change shows, before the next is saved. */
    settleMs: number;
  };
  /** How often the build's process tree is sampled for its resident memory. */
  memorySampleMs: number;
}

export const buildLoopSettings: Record<Profile["name"], BuildLoopSettings | undefined> = {
  quick: undefined,
  full: {
    buildRounds: 5,
    buildBundlers: ["turbopack", "webpack"],
    devRounds: 5,
    devBundlers: ["turbopack"],
    hotReload: { warmups: 1, edits: 6, settleMs: 1_000 },
    memorySampleMs: 100,
  },
};
