// The method in a few lines, as the reports print it: what was run, how, and how the figures are
// read. Written from the profile actually run, so the words and the numbers cannot drift apart.
import { interactionCases } from "../config/interaction-cases";
import type { Profile } from "../config/profiles";
import { benchPayout, benchSeller, serverLoadRoutes } from "../config/routes";
import type { Bundler } from "../config/targets";
import { describeBuildLoopMethod } from "../maintainability/build-loop/build-loop-method";
import { describeChangeCost } from "../maintainability/changes/measure-change-cost";
import { describeStaticMethod } from "../maintainability/static/static-method";
import type { Dimension } from "../results/schema";

export function describeMethod(
  profile: Profile,
  bundler: Bundler,
  chromium: string,
  dimensions: readonly Dimension[],
): string[] {
  const { interactions, memory, lighthouse, server, statistics } = profile;
  const throttling = [...new Set(interactionCases.map((c) => c.cpuThrottling))].sort().join(" or ");
  const lines: Record<Dimension, string | string[]> = {
    bytes:
      "Bytes: a first visit with an empty cache, until the network has been idle for 0.5 s; each " +
      "response compressed on its own (gzip -9, brotli 11); inline <style> counted as CSS; RSC " +
      "prefetches for the next navigation counted apart, outside the total; the styling " +
      "library's share of the JS read from the chunks' source maps.",
    load:
      `Load: Lighthouse 12, performance only, ${lighthouse.presets.join(" and ")} presets ` +
      `(mobile: simulated throttling), ${lighthouse.runs} run(s) per preset, route and target; the median.`,
    interactions:
      `Interactions (js-framework-benchmark's method): ${interactions.warmups} warm-up and ` +
      `${interactions.rounds} measured runs per case and target, garbage collected before each ` +
      "run, one Chrome trace per run; the duration runs from the input event to the paint after " +
      "the last script, style, layout or animation-frame work it caused, and splits into script, " +
      `style, layout and paint on the main thread. CPU throttled ×${throttling}, as each case states.`,
    memory:
      `Memory: the JS heap after forced garbage collection, after the payout detail loads and after ` +
      `it shows all ${benchPayout.transactionCount.toLocaleString("en-US")} rows; ${memory.rounds} rounds.`,
    server:
      `Server: autocannon on loopback, ${server.connections} connections for ${server.seconds} s a ` +
      `round (${server.warmupSeconds} s warm-up), ${server.rounds} rounds, on ` +
      `${serverLoadRoutes.map((route) => route.label.toLowerCase()).join(" and ")}; requests per ` +
      "second and latency p50/p99, and the HTML's size.",
    build: describeBuildLoopMethod(profile),
    maintainability: [
      ...describeStaticMethod(profile),
      "Mistakes caught: each typical styling mistake is a small patch per kit applied to a clean " +
        "copy of HEAD; the kit's toolchain runs stage by stage (type check of the kit's package, " +
        "Biome on the changed files, a production Vite build of the kit with its official plugin) " +
        "and the first stage that fails caught it. CI checks every outcome against the manifest.",
      ...describeChangeCost(profile.name),
    ],
  };
  return [
    `Production builds (next build, ${bundler}) of each kit's app and of the floor (the same ` +
      "markup with no styling), served by next start on loopback, each on its own copy of one " +
      `seeded database, signed in as ${benchSeller.email.split("@")[0]} (the large seller).`,
    `${chromium}, headless, 1280×800, light theme; every dimension interleaves the targets in ` +
      "each round (A B C D, B C D A, …).",
    "A kit is measured only if its pages match the other kits' pixel for pixel (0.1 % budget) and " +
      "every target's markup matches the kits' (classes aside).",
    ...dimensions.flatMap((dimension) => lines[dimension]),
    `Statistics: median and 95 % percentile-bootstrap interval (${statistics.resamples.toLocaleString("en-US")} ` +
      "resamples, seeded); ratios to the best kit and to the floor; two kits are ranked only when " +
      `the interval of their difference excludes 0, each has at least ${statistics.minSamplesToRank} ` +
      `samples and an interval no wider than ${statistics.maxRelativeWidth * 100} % of its median.`,
  ];
}
