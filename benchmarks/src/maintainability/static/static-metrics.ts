// The static figures as metrics: ids, groups (a table's rows), labels and units. Kept apart from
// the measuring, so the report's vocabulary reads in one place.
import type { BenchRoute } from "../../config/routes";
import type { MeasuredMetric } from "../../results/schema";

type Figure = Pick<MeasuredMetric, "label" | "unit"> & {
  exact?: boolean;
  note?: string;
};

function metric(id: string, group: string, figure: Figure): MeasuredMetric {
  return {
    id: `maintainability/${id}`,
    dimension: "maintainability",
    group,
    label: figure.label,
    unit: figure.unit,
    better: "lower",
    exact: figure.exact ?? true,
    ...(figure.note ? { note: figure.note } : {}),
    samples: {},
  };
}

const source = "Source (the kit package, tests left out)";
const duplication = "Duplication (jscpd)";
const typeCheck = "Type check (tsc --extendedDiagnostics)";
const css = "CSS held after the four routes (css-analyzer)";

export function staticMetrics() {
  return {
    lines: metric("static/lines", source, { label: "Lines of code (cloc)", unit: "count" }),
    stylingLines: metric("static/styling-lines", source, {
      label: "Styling lines",
      unit: "count",
      note: "code lines the floor's same file does not have, and every line of files it lacks",
    }),
    stylingShare: metric("static/styling-share", source, {
      label: "Styling lines, share of all",
      unit: "ratio",
    }),
    files: metric("static/files", source, { label: "Files", unit: "count" }),
    reactComponents: metric("static/react-components", source, {
      label: "React components defined",
      unit: "count",
      note: "module-level functions with a capitalised name that return JSX",
    }),
    stylingCalls: metric("static/styling-calls", source, {
      label: "Styling-library calls",
      unit: "count",
      note: "styled``, css``, style(), recipe(), cva(), clsx()…: each call site of the kit's own styling packages",
    }),
    duplicationShare: metric("static/duplication/share", duplication, {
      label: "Duplicated lines, share",
      unit: "ratio",
    }),
    clones: metric("static/duplication/clones", duplication, { label: "Clones", unit: "count" }),
    duplicatedLines: metric("static/duplication/lines", duplication, {
      label: "Duplicated lines",
      unit: "count",
    }),
    checkTime: metric("static/tsc/check-time", typeCheck, {
      label: "Check time",
      unit: "ms",
      exact: false,
    }),
    instantiations: metric("static/tsc/instantiations", typeCheck, {
      label: "Type instantiations",
      unit: "count",
    }),
    types: metric("static/tsc/types", typeCheck, { label: "Types", unit: "count" }),
    memory: metric("static/tsc/memory", typeCheck, {
      label: "Memory used",
      unit: "MB",
      exact: false,
    }),
    cssBytes: metric("css/bytes", css, {
      label: "Distinct rules, serialised",
      unit: "bytes",
    }),
    rules: metric("css/rules", css, { label: "Rules", unit: "count" }),
    declarations: metric("css/declarations", css, { label: "Declarations", unit: "count" }),
    uniqueColours: metric("css/unique-colours", css, { label: "Unique colours", unit: "count" }),
    specificityIds: metric("css/max-specificity/ids", css, {
      label: "Highest specificity: ids",
      unit: "count",
      note: "the highest selector's (a, b, c)",
    }),
    specificityClasses: metric("css/max-specificity/classes", css, {
      label: "Highest specificity: classes, attributes, pseudo-classes",
      unit: "count",
    }),
    specificityElements: metric("css/max-specificity/elements", css, {
      label: "Highest specificity: elements",
      unit: "count",
    }),
    importants: metric("css/important", css, { label: "!important", unit: "count" }),
  };
}

export type StaticMetrics = ReturnType<typeof staticMetrics>;

export function coverageMetrics(route: BenchRoute) {
  const group = `Unused CSS: ${route.label}`;
  return {
    totalBytes: metric(`coverage/${route.id}/css-bytes`, group, {
      label: "CSS on the page",
      unit: "bytes",
      exact: false,
    }),
    unusedBytes: metric(`coverage/${route.id}/unused-bytes`, group, {
      label: "Unused after load",
      unit: "bytes",
      exact: false,
      note: "a loading state that showed first uses a few rules more: sampled",
    }),
    unusedShare: metric(`coverage/${route.id}/unused-share`, group, {
      label: "Unused after load, share",
      unit: "ratio",
      exact: false,
    }),
  };
}
