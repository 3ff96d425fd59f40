import { style } from "@vanilla-extract/css";
import { tabularNumsRule, tightTrackingRule } from "../styles/style-rules";
import { vars } from "../styles/theme.css";

export const stat = style({
  display: "flex",
  minWidth: 0,
  flexDirection: "column",
  gap: vars.spacing["1"],
});

export const label = style({
  ...vars.text.sm,
  fontWeight: vars.fontWeight.medium,
  color: vars.color.fgMuted,
});

export const value = style({
  ...vars.text["2xl"],
  fontWeight: vars.fontWeight.semibold,
  ...tightTrackingRule,
  color: vars.color.fg,
  ...tabularNumsRule,
});

export const hint = style({ ...vars.text.sm, color: vars.color.fgMuted });
