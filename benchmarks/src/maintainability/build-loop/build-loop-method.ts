// The build and dev loop's method in a few lines, for the report, from the settings run.
import type { Profile } from "../../config/profiles";
import { buildLoopSettings } from "./settings";

export function describeBuildLoopMethod(profile: Profile): string[] {
  const settings = buildLoopSettings[profile.name];
  if (!settings) {
    return [
      "Build and dev loop: not measured in the quick profile (bench --profile full measures it).",
    ];
  }
  const { buildRounds, buildBundlers, devRounds, devBundlers, hotReload, memorySampleMs } =
    settings;
  return [
    `Build: on a clean scratch copy of HEAD, next build with ${buildBundlers.join(" and ")} into a ` +
      `fresh dist dir (no cache), ${buildRounds} rounds interleaving the targets; wall time from ` +
      `spawn to exit; peak memory is the highest sum of resident memory over the whole process tree, ` +
      `sampled from /proc every ${memorySampleMs} ms.`,
    `Dev server: next dev (${devBundlers.join(", ")}) on a fresh dist dir and its own copy of the ` +
      `seeded database, ${devRounds} cold starts per target; timed from spawn to the sign-in page ` +
      "shown in Chromium, and to the overview shown after signing in through the form.",
    `Hot reload: in each of those sessions, the overview title's colour changed the kit's way and ` +
      `saved, alternating two values, ${hotReload.warmups} warm-up and ${hotReload.edits} measured ` +
      "changes; from the save to the first animation frame whose computed colour is the new one, " +
      "both read from the system clock; the median.",
  ];
}
