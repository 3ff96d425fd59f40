import { style } from "@vanilla-extract/css";
import { tabularNumsRule } from "../../styles/style-rules";
import { vars } from "../../styles/theme.css";

export const alerts = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.spacing["3"],
});

export const amount = style({
  fontWeight: vars.fontWeight.medium,
  ...tabularNumsRule,
});

export const payoutId = style({
  fontFamily: vars.fontFamily.mono,
});
