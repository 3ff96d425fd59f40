import { style } from "@vanilla-extract/css";
import { vars } from "../../styles/theme.css";

export const payout = style({
  display: "inline-flex",
  flexWrap: "wrap",
  alignItems: "center",
  gap: vars.spacing["2"],
});

export const payoutId = style({
  fontFamily: vars.fontFamily.mono,
});

export const none = style({
  ...vars.text.sm,
  color: vars.color.fgMuted,
});
