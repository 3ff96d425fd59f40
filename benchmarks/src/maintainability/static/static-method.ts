// The static measurement's method in a few lines, for the report: written from the settings
// actually run, so the words and the numbers cannot drift apart.
import type { Profile } from "../../config/profiles";
import { benchRoutes } from "../../config/routes";
import { jscpdOptions } from "./duplication";
import { staticSettings } from "./settings";

export function describeStaticMethod(profile: Profile): string[] {
  const { typeCheckRuns, coverageVisits } = staticSettings[profile.name];
  return [
    "Maintainability, source: each kit package's src/ (tests left out; the floor beside it). Lines are " +
      "cloc's code lines. Styling lines: in a file the floor also has, the kit's code lines a line " +
      "diff against the floor's file leaves unmatched (a className, a styled element, a style " +
      "import); in a file the floor lacks (stylesheets, .css.ts, themes), every line. React " +
      "components: module-level capitalised functions returning JSX; styling-library calls: each " +
      "call or tagged template of the kit's own styling packages.",
    `Duplication: jscpd 5, exact clones of ${jscpdOptions.minTokens}+ tokens over ` +
      `${jscpdOptions.minLines}+ lines. Type check: tsc -p packages/ui-<kit> --extendedDiagnostics, ` +
      `${typeCheckRuns} run(s) per target interleaved (check time and memory sampled; ` +
      "instantiations and types exact).",
    `CSS: every distinct top-level rule the browser held after a first visit to each of the ${benchRoutes.length} ` +
      "routes (linked, streamed and runtime-inserted alike, as Chrome serialises them), analysed by " +
      "@projectwallace/css-analyzer. Unused CSS per route: Chrome's rule-usage coverage of a first " +
      `visit (bytes outside rules that matched during load, over all the page's CSS), ${coverageVisits} ` +
      "visit(s) per route and kit, interleaved; an @layer block, which Chrome reports whole, counts " +
      "only through its own rules.",
  ];
}
