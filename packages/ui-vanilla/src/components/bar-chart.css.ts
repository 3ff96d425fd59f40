import { breakpoint, media } from "@payout-styles/tokens";
import { style, styleVariants } from "@vanilla-extract/css";
import { focusRingRule, hover, space, tabularNumsRule } from "../styles/style-rules";
import { vars } from "../styles/theme.css";

export const seriesFill = styleVariants(vars.color.chart, (color) => ({ fill: color }));

export const seriesSwatch = styleVariants(vars.color.chart, (color) => ({
  width: vars.spacing["2.5"],
  height: vars.spacing["2.5"],
  flexShrink: 0,
  borderRadius: vars.radius.xs,
  backgroundColor: color,
}));

export const figure = style({ display: "flex", flexDirection: "column", gap: vars.spacing["4"] });

export const legend = style({
  display: "flex",
  flexWrap: "wrap",
  columnGap: vars.spacing["4"],
  rowGap: vars.spacing["1"],
  ...vars.text.xs,
  color: vars.color.fgMuted,
});

export const legendItem = style({
  display: "flex",
  alignItems: "center",
  gap: vars.spacing["1.5"],
});

export const chart = style({
  display: "grid",
  gridTemplateColumns: "auto minmax(0, 1fr)",
  columnGap: vars.spacing["3"],
  rowGap: vars.spacing["2"],
  paddingTop: vars.spacing["2"],
});

const plotHeight = {
  height: space(48),
  "@media": { [media.sm]: { height: space(60) } },
} as const;

export const valueAxis = style({
  display: "flex",
  ...plotHeight,
  flexDirection: "column-reverse",
  justifyContent: "space-between",
  textAlign: "right",
  ...vars.text.xs,
  color: vars.color.fgMuted,
  ...tabularNumsRule,
});

export const tick = style({
  display: "flex",
  height: 0,
  alignItems: "center",
  justifyContent: "flex-end",
});

export const plot = style({ position: "relative", ...plotHeight });

export const groups = style({ position: "absolute", inset: 0, display: "flex" });

export const group = style([
  {
    height: "100%",
    flex: "1 1 0%",
    borderRadius: vars.radius.sm,
    outlineColor: vars.color.focusRing,
    selectors: {
      "&:focus-visible": { ...focusRingRule, outlineOffset: -2 },
      '&[data-state="delayed-open"], &[data-state="instant-open"]': {
        backgroundColor: vars.color.surfaceHover,
      },
    },
  },
  hover({ backgroundColor: vars.color.surfaceHover }),
]);

export const tooltip = style({
  zIndex: vars.zIndex.tooltip,
  minWidth: space(44),
  borderRadius: vars.radius.md,
  border: `1px solid ${vars.color.border}`,
  backgroundColor: vars.color.surfaceRaised,
  padding: vars.spacing["3"],
  ...vars.text.xs,
  boxShadow: vars.shadow.lg,
});

export const tooltipTitle = style({
  marginBottom: vars.spacing["2"],
  fontWeight: vars.fontWeight.medium,
  color: vars.color.fg,
});

export const tooltipValues = style({
  display: "grid",
  gridTemplateColumns: "auto auto",
  columnGap: vars.spacing["4"],
  rowGap: vars.spacing["1"],
});

export const tooltipRow = style({ display: "contents" });

export const tooltipTerm = style({
  display: "flex",
  alignItems: "center",
  gap: vars.spacing["1.5"],
  color: vars.color.fgMuted,
});

export const tooltipValue = style({ textAlign: "right", color: vars.color.fg, ...tabularNumsRule });

export const drawing = style({
  pointerEvents: "none",
  position: "absolute",
  inset: 0,
  width: "100%",
  height: "100%",
  overflow: "visible",
});

export const gridLine = styleVariants({
  zero: { stroke: vars.color.borderStrong },
  other: { stroke: vars.color.border },
});

export const groupAxis = style({
  gridColumnStart: 2,
  display: "flex",
  ...vars.text.xs,
  color: vars.color.fgMuted,
});

// Phones show every third label, centred over its group and free to overflow into the hidden
// neighbours' room: twelve do not fit side by side.
export const groupLabel = style({
  display: "flex",
  minWidth: 0,
  flex: "1 1 0%",
  justifyContent: "center",
  whiteSpace: "nowrap",
  "@media": {
    [`(width < ${breakpoint.sm})`]: {
      selectors: { "&:not(:nth-child(3n+1))": { visibility: "hidden" } },
    },
  },
});

export const tableToggle = style({});

export const summary = style({
  display: "inline-flex",
  cursor: "pointer",
  listStyleType: "none",
  alignItems: "center",
  gap: vars.spacing["1"],
  borderRadius: vars.radius.xs,
  ...vars.text.sm,
  fontWeight: vars.fontWeight.medium,
  color: vars.color.link,
  selectors: {
    "&:focus-visible": focusRingRule,
    "&::-webkit-details-marker": { display: "none" },
  },
});

export const summaryChevron = style({
  transitionProperty: "transform, translate, scale, rotate",
  transitionTimingFunction: vars.ease.standard,
  transitionDuration: vars.duration.normal,
  selectors: { [`${tableToggle}[open] &`]: { rotate: "90deg" } },
  "@media": { "(prefers-reduced-motion: reduce)": { transitionProperty: "none" } },
});

export const table = style({ marginTop: vars.spacing["3"] });
