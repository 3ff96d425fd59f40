import { style } from "@vanilla-extract/css";
import { vars } from "../../styles/theme.css";

export const form = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.spacing["4"],
});

export const alert = style({
  selectors: {
    "&:empty": { display: "none" },
  },
});

export const message = style({
  display: "flex",
  alignItems: "flex-start",
  gap: vars.spacing["2"],
  borderRadius: vars.radius.md,
  backgroundColor: vars.color.danger.bg,
  paddingInline: vars.spacing["3"],
  paddingBlock: vars.spacing["2"],
  ...vars.text.sm,
  fontWeight: vars.fontWeight.medium,
  color: vars.color.danger.fg,
});

export const messageIcon = style({
  marginTop: vars.spacing["0.5"],
});

export const submit = style({
  width: "100%",
});
