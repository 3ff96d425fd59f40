import { style } from "@vanilla-extract/css";
import { tabularNumsRule, tightTrackingRule } from "../../styles/style-rules";
import { vars } from "../../styles/theme.css";

export const bankReference = style({
  fontFamily: vars.fontFamily.mono,
});

/** The net amount and the status badge, wrapping under it when the card is narrow. */
export const headline = style({
  display: "flex",
  flexWrap: "wrap",
  alignItems: "flex-end",
  justifyContent: "space-between",
  columnGap: vars.spacing["6"],
  rowGap: vars.spacing["3"],
  marginBottom: vars.spacing["4"],
});

export const netAmount = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.spacing["1"],
  minWidth: 0,
});

export const netAmountLabel = style({
  ...vars.text.sm,
  fontWeight: vars.fontWeight.medium,
  color: vars.color.fgMuted,
});

export const netAmountValue = style({
  ...vars.text["3xl"],
  fontWeight: vars.fontWeight.semibold,
  ...tightTrackingRule,
  color: vars.color.fg,
  ...tabularNumsRule,
});

export const status = style({
  display: "flex",
  flexDirection: "column",
  alignItems: "flex-start",
  gap: vars.spacing["1"],
});
