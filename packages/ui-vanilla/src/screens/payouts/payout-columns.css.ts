import { style } from "@vanilla-extract/css";
import { vars } from "../../styles/theme.css";

export const payoutId = style({
  fontFamily: vars.fontFamily.mono,
  ...vars.text.sm,
});
