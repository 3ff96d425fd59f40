import { style } from "@vanilla-extract/css";
import { focusRingRule } from "../styles/style-rules";
import { vars } from "../styles/theme.css";

/** The native box, tinted with the accent colour; shared with the radio group. */
export const choiceInput = style({
  marginTop: vars.spacing["0.5"],
  width: vars.spacing["4"],
  height: vars.spacing["4"],
  flexShrink: 0,
  cursor: "pointer",
  accentColor: vars.color.accent,
  selectors: {
    "&:focus-visible": focusRingRule,
    "&:disabled": { cursor: "not-allowed" },
  },
});

export const checkbox = style({
  display: "flex",
  alignItems: "flex-start",
  gap: vars.spacing["3"],
});

export const text = style({
  display: "grid",
  gap: vars.spacing["0.5"],
  ...vars.text.sm,
  selectors: { [`${choiceInput}:disabled ~ &`]: { opacity: 0.5 } },
});

export const label = style({
  cursor: "pointer",
  fontWeight: vars.fontWeight.medium,
  color: vars.color.fg,
});
