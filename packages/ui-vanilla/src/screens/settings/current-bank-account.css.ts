import { style } from "@vanilla-extract/css";
import { vars } from "../../styles/theme.css";

export const none = style({
  ...vars.text.sm,
  color: vars.color.fgMuted,
});

export const accountNumber = style({
  fontFamily: vars.fontFamily.mono,
});
