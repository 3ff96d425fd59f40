// Cell content the screens' tables share: the footer's total, de-emphasised and emphasised text.
import { style } from "@vanilla-extract/css";
import { tabularNumsRule } from "../styles/style-rules";
import { vars } from "../styles/theme.css";

export const totalAmount = style({
  textAlign: "right",
  ...tabularNumsRule,
});

export const muted = style({
  color: vars.color.fgMuted,
});

export const emphasis = style({
  fontWeight: vars.fontWeight.medium,
});
