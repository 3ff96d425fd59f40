import { media } from "@payout-styles/tokens";
import { style } from "@vanilla-extract/css";
import { space } from "../../styles/style-rules";
import { vars } from "../../styles/theme.css";

export const payOutNow = style({
  display: "flex",
  flexDirection: "column",
  alignItems: "flex-start",
  gap: vars.spacing["1"],
  "@media": {
    [media.sm]: { alignItems: "flex-end" },
  },
});

// Still focusable while unavailable, so it is dimmed by its aria-disabled, not disabled.
export const trigger = style({
  selectors: {
    '&[aria-disabled="true"]': { cursor: "not-allowed", opacity: 0.5 },
  },
});

export const unavailableReason = style({
  maxWidth: space(64),
  ...vars.text.xs,
  color: vars.color.fgMuted,
  "@media": {
    [media.sm]: { textAlign: "end" },
  },
});

export const form = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.spacing["6"],
});

/** Stacked with the primary action on top on phones; in a row, at the end, from `sm` up. */
export const actions = style({
  display: "flex",
  flexDirection: "column-reverse",
  gap: vars.spacing["2"],
  "@media": {
    [media.sm]: { flexDirection: "row", justifyContent: "flex-end" },
  },
});

export const netTerm = style({
  fontWeight: vars.fontWeight.medium,
  color: vars.color.fg,
});

export const netAmount = style({
  fontWeight: vars.fontWeight.semibold,
});

export const error = style({
  ...vars.text.sm,
  fontWeight: vars.fontWeight.medium,
  color: vars.color.danger.fg,
  selectors: {
    "&:empty": { display: "none" },
  },
});
