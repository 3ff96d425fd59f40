import { globalStyle, style } from "@vanilla-extract/css";
import { vars } from "../../styles/theme.css";

export const issues = style({
  marginTop: vars.spacing["2"],
  paddingInlineStart: vars.spacing["5"],
  listStyleType: "disc",
});

globalStyle(`:where(${issues} > :not(:last-child))`, {
  marginBlockStart: 0,
  marginBlockEnd: vars.spacing["1"],
});

export const field = style({
  fontFamily: vars.fontFamily.mono,
  fontWeight: vars.fontWeight.semibold,
});
