import { style } from "@vanilla-extract/css";
import { vars } from "../../styles/theme.css";

export const footer = style({
  display: "flex",
  flexWrap: "wrap",
  alignItems: "center",
  columnGap: vars.spacing["4"],
  rowGap: vars.spacing["2"],
  borderTop: `1px solid ${vars.color.border}`,
  paddingTop: vars.spacing["4"],
});

export const outcome = style({
  minWidth: 0,
  ...vars.text.sm,
});

export const saved = style({
  color: vars.color.success.fg,
});

export const failed = style({
  fontWeight: vars.fontWeight.medium,
  color: vars.color.danger.fg,
});
