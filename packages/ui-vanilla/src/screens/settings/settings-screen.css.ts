import { style } from "@vanilla-extract/css";
import { vars } from "../../styles/theme.css";

export const forms = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.spacing["6"],
  maxWidth: "48rem",
});

export const currentSchedule = style({
  marginBottom: vars.spacing["5"],
  ...vars.text.sm,
});

export const currentLabel = style({
  color: vars.color.fgMuted,
});

export const currentValue = style({
  fontWeight: vars.fontWeight.medium,
  color: vars.color.fg,
});

export const bankAccount = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.spacing["6"],
});
