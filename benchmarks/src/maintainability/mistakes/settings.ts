// How much of the check each profile runs. `next build` of the app is the truth the fast build
// stands for; at half a minute to a minute per build it is the full profile's to confirm.
import type { Profile } from "../../config/profiles";

export interface MistakeSettings {
  /** Also run `next build` of the kit's app on the clean copy and on every mistake that reaches the build. */
  nextBuild: boolean;
}

export const mistakeSettings: Record<Profile["name"], MistakeSettings> = {
  quick: { nextBuild: false },
  full: { nextBuild: true },
};
