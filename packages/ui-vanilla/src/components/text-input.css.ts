import { media } from "@payout-styles/tokens";
import { style } from "@vanilla-extract/css";
import { focusRingRule, space, transitionColorsRule } from "../styles/style-rules";
import { vars } from "../styles/theme.css";

/** The box every text-like control shares (inputs, selects, date inputs). */
export const control = style({
  height: space(11),
  width: "100%",
  minWidth: 0,
  borderRadius: vars.radius.md,
  border: `1px solid ${vars.color.borderStrong}`,
  backgroundColor: vars.color.surface,
  paddingInline: vars.spacing["3"],
  // 16 px text on phones keeps iOS from zooming into the field on focus.
  ...vars.text.base,
  color: vars.color.fg,
  boxShadow: vars.shadow.sm,
  ...transitionColorsRule,
  selectors: {
    "&::placeholder": { color: vars.color.fgMuted },
    "&:focus-visible": focusRingRule,
    "&:disabled": { cursor: "not-allowed", opacity: 0.5 },
    '&[aria-invalid="true"]': { borderColor: vars.color.danger.fg },
  },
  "@media": { [media.sm]: { height: vars.density.controlHeight, ...vars.text.sm } },
});

// The frame draws the border and focus ring around the prefix and the input together.
export const prefixedControl = style({
  display: "flex",
  alignItems: "center",
  gap: vars.spacing["2"],
  selectors: {
    "&:has(*:focus-visible)": focusRingRule,
    "&:has(*:disabled)": { opacity: 0.5 },
    '&:has(*[aria-invalid="true"])': { borderColor: vars.color.danger.fg },
  },
});

export const prefix = style({
  display: "flex",
  flexShrink: 0,
  alignItems: "center",
  color: vars.color.fgMuted,
  userSelect: "none",
});

export const prefixedInput = style({
  height: "100%",
  minWidth: 0,
  flex: "1 1 0%",
  backgroundColor: "transparent",
  outlineStyle: "none",
  selectors: {
    "&::placeholder": { color: vars.color.fgMuted },
    "&:disabled": { cursor: "not-allowed" },
  },
});
