import { style, styleVariants } from "@vanilla-extract/css";
import { visuallyHiddenRule } from "../styles/style-rules";
import { vars } from "../styles/theme.css";

export const field = style({
  display: "flex",
  minWidth: 0,
  flexDirection: "column",
  gap: vars.spacing["1.5"],
});

const labelBase = style({
  ...vars.text.sm,
  fontWeight: vars.fontWeight.medium,
  color: vars.color.fg,
});

export const label = styleVariants({
  visible: [labelBase],
  hidden: [labelBase, visuallyHiddenRule],
});

export const description = style({ ...vars.text.sm, color: vars.color.fgMuted });

export const error = style({
  display: "flex",
  alignItems: "flex-start",
  gap: vars.spacing["1.5"],
  ...vars.text.sm,
  fontWeight: vars.fontWeight.medium,
  color: vars.color.danger.fg,
});

export const errorIcon = style({ marginTop: vars.spacing["0.5"] });
