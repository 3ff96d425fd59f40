import { style } from "@vanilla-extract/css";
import { vars } from "../../styles/theme.css";

export const form = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.spacing["5"],
});

export const choices = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.spacing["3"],
  minWidth: 0,
});

export const legend = style({
  marginBottom: vars.spacing["1"],
  ...vars.text.sm,
  fontWeight: vars.fontWeight.medium,
  color: vars.color.fg,
});
