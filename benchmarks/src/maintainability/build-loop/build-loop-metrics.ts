// The build and dev loop's figures as metrics (dimension `build`), and the tables beside them:
// what each kit's hot-reload change was, or that the profile left the loop out.
import type { Bundler } from "../../config/targets";
import type { KitId, MeasuredMetric, ResultsTable } from "../../results/schema";
import type { StyleEdit } from "./style-edits";

function metric(id: string, group: string, label: string, unit: MeasuredMetric["unit"]) {
  const made: MeasuredMetric = {
    id: `build/${id}`,
    dimension: "build",
    group,
    label,
    unit,
    better: "lower",
    exact: false,
    samples: {},
  };
  return made;
}

const command = (base: string, bundler: Bundler) =>
  bundler === "webpack" ? `${base} --webpack` : base;

export function buildMetrics(bundler: Bundler) {
  const group = `Cold production build (${command("next build", bundler)})`;
  return {
    time: metric(`${bundler}/time`, group, "Wall time", "s"),
    peakMemory: metric(`${bundler}/peak-memory`, group, "Peak memory, process tree RSS", "MB"),
  };
}

export function devMetrics(bundler: Bundler) {
  const group = `Dev server, cold (${command("next dev", bundler)})`;
  return {
    signInPage: metric(`dev/${bundler}/sign-in-page`, group, "Start → sign-in page shown", "s"),
    firstSignedInPage: metric(
      `dev/${bundler}/first-signed-in-page`,
      group,
      "Start → overview shown, signed in",
      "s",
    ),
    hotReload: {
      ...metric(
        `hot-reload/${bundler}/style-change`,
        `Hot reload (${command("next dev", bundler)})`,
        "Style change saved → shown in the browser",
        "ms",
      ),
      note: "the overview title's colour, changed the kit's way: see the table below",
    },
  };
}

/** The words the edit changes, "text-fg → text-accent": the rest of its text is context. */
export function changedWords({ from, to }: Pick<StyleEdit, "from" | "to">): string {
  const before = from.split(/\s+/);
  const after = to.split(/\s+/);
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < Math.min(before.length, after.length) - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  ) {
    end++;
  }
  const words = (list: string[]) => list.slice(start, list.length - end).join(" ");
  return `${words(before)} → ${words(after)}`;
}

export function styleEditTable(edits: Partial<Record<KitId, StyleEdit>>): ResultsTable {
  return {
    id: "build/hot-reload/edits",
    dimension: "build",
    title: "Hot reload: the style change saved in each kit",
    columns: ["Kit", "File", "Change"],
    rows: Object.entries(edits).map(([kit, edit]) => [kit, edit.file, changedWords(edit)]),
    note: "Alternated between the two; the time runs from the save to the first frame whose computed colour of the overview's <h1> is the new one.",
  };
}

export const notMeasuredTable: ResultsTable = {
  id: "build/not-measured",
  dimension: "build",
  title: "Build and dev loop: not measured in this profile",
  columns: ["Left out", "Measured by"],
  rows: [
    [
      "Cold production builds (next build, next build --webpack), dev server cold start, hot reload of a style change",
      "bench --profile full",
    ],
  ],
  note: "A cold build of every target with both bundlers takes many minutes on two cores: the quick profile (CI) leaves the loop out.",
};
