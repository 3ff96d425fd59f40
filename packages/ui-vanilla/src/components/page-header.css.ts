import { style } from "@vanilla-extract/css";
import { tightTrackingRule } from "../styles/style-rules";
import { vars } from "../styles/theme.css";

export const pageHeader = style({
  marginBottom: vars.spacing["6"],
  display: "flex",
  flexDirection: "column",
  gap: vars.spacing["3"],
});

export const row = style({
  display: "flex",
  flexWrap: "wrap",
  alignItems: "flex-start",
  justifyContent: "space-between",
  columnGap: vars.spacing["6"],
  rowGap: vars.spacing["3"],
});

export const heading = style({
  display: "flex",
  minWidth: 0,
  flexDirection: "column",
  gap: vars.spacing["1"],
});

export const title = style({
  ...vars.text["2xl"],
  fontWeight: vars.fontWeight.semibold,
  ...tightTrackingRule,
  color: vars.color.fg,
});

export const description = style({ ...vars.text.sm, color: vars.color.fgMuted });

export const actions = style({
  display: "flex",
  flexWrap: "wrap",
  alignItems: "center",
  gap: vars.spacing["2"],
});
