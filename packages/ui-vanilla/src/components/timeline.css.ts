import { style, styleVariants } from "@vanilla-extract/css";
import { space, tabularNumsRule } from "../styles/style-rules";
import { vars } from "../styles/theme.css";
import { toneColors } from "./tone";

export const timeline = style({ display: "flex", flexDirection: "column" });

export const item = style({
  position: "relative",
  display: "flex",
  gap: vars.spacing["3"],
  paddingBottom: vars.spacing["6"],
  selectors: { "&:last-child": { paddingBottom: 0 } },
});

export const connector = style({
  position: "absolute",
  top: space(7),
  bottom: vars.spacing["1"],
  left: vars.spacing["3"],
  width: vars.spacing.px,
  backgroundColor: `color-mix(in oklab, ${vars.color.borderStrong} 40%, transparent)`,
});

const markerBase = style({
  position: "relative",
  display: "flex",
  width: vars.spacing["6"],
  height: vars.spacing["6"],
  flexShrink: 0,
  alignItems: "center",
  justifyContent: "center",
  borderRadius: vars.radius.full,
});

export const marker = styleVariants(toneColors, ({ fg, bg }) => [
  markerBase,
  { backgroundColor: bg, color: fg },
]);

export const markerIcon = style({ width: space(3.5), height: space(3.5) });

export const content = style({
  display: "flex",
  minWidth: 0,
  flex: "1 1 0%",
  flexDirection: "column",
  gap: vars.spacing["0.5"],
  paddingTop: vars.spacing["0.5"],
});

export const heading = style({
  display: "flex",
  flexWrap: "wrap",
  alignItems: "baseline",
  justifyContent: "space-between",
  columnGap: vars.spacing["4"],
  rowGap: vars.spacing["0.5"],
});

export const title = style({
  ...vars.text.sm,
  fontWeight: vars.fontWeight.medium,
  color: vars.color.fg,
});

export const time = style({ ...vars.text.xs, color: vars.color.fgMuted, ...tabularNumsRule });

export const description = style({ ...vars.text.sm, color: vars.color.fgMuted });
