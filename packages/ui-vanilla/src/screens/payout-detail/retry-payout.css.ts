import { style } from "@vanilla-extract/css";
import { vars } from "../../styles/theme.css";

export const form = style({
  display: "flex",
  flexWrap: "wrap",
  alignItems: "center",
  columnGap: vars.spacing["4"],
  rowGap: vars.spacing["3"],
});

export const outcome = style({
  minWidth: 0,
  ...vars.text.sm,
});

export const failed = style({
  fontWeight: vars.fontWeight.medium,
  color: vars.color.danger.fg,
});

export const succeeded = style({
  color: vars.color.fg,
});
