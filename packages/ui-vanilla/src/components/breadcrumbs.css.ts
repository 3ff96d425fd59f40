import { style } from "@vanilla-extract/css";
import { space, truncateRule } from "../styles/style-rules";
import { vars } from "../styles/theme.css";

export const list = style({
  display: "flex",
  flexWrap: "wrap",
  alignItems: "center",
  gap: vars.spacing["1.5"],
  ...vars.text.sm,
  color: vars.color.fgMuted,
});

export const item = style({
  display: "inline-flex",
  minWidth: 0,
  alignItems: "center",
  gap: vars.spacing["1.5"],
});

export const current = style({ ...truncateRule, color: vars.color.fg });

export const separator = style({
  width: space(3.5),
  height: space(3.5),
  color: vars.color.fgSubtle,
});
