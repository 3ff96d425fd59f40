import { media } from "@payout-styles/tokens";
import { style, styleVariants } from "@vanilla-extract/css";
import { recipe } from "@vanilla-extract/recipes";
import { spin } from "../styles/animations.css";
import {
  focusRingRule,
  hover,
  shadowNone,
  space,
  transitionColorsRule,
} from "../styles/style-rules";
import { vars } from "../styles/theme.css";

export const button = recipe({
  base: {
    display: "inline-flex",
    flexShrink: 0,
    alignItems: "center",
    justifyContent: "center",
    gap: vars.spacing["2"],
    borderRadius: vars.radius.md,
    ...vars.text.sm,
    fontWeight: vars.fontWeight.medium,
    whiteSpace: "nowrap",
    userSelect: "none",
    ...transitionColorsRule,
    selectors: {
      "&:focus-visible": focusRingRule,
      "&:disabled": { pointerEvents: "none", opacity: 0.5 },
      '&[aria-busy="true"]': { cursor: "progress" },
    },
  },
  variants: {
    variant: {
      primary: [
        {
          backgroundColor: vars.color.accent,
          color: vars.color.accentFg,
          boxShadow: vars.shadow.sm,
          selectors: { "&:active": shadowNone },
        },
        hover({ backgroundColor: vars.color.accentHover }),
      ],
      secondary: [
        {
          border: `1px solid ${vars.color.borderStrong}`,
          backgroundColor: vars.color.surface,
          color: vars.color.fg,
          boxShadow: vars.shadow.sm,
          selectors: { "&:active": { backgroundColor: vars.color.border } },
        },
        hover({ backgroundColor: vars.color.surfaceHover }),
      ],
      ghost: [
        {
          color: vars.color.fg,
          selectors: { "&:active": { backgroundColor: vars.color.border } },
        },
        hover({ backgroundColor: vars.color.surfaceHover }),
      ],
      danger: [
        {
          backgroundColor: vars.color.danger.fg,
          color: vars.color.surface,
          boxShadow: vars.shadow.sm,
          selectors: { "&:active": shadowNone },
        },
        hover({
          backgroundColor: `color-mix(in oklab, ${vars.color.danger.fg} 90%, transparent)`,
        }),
      ],
    },
    // Phones get a 40–44 px touch target; from `sm` up the control height follows density.
    size: {
      sm: {
        height: vars.spacing["10"],
        paddingInline: vars.spacing["3"],
        "@media": { [media.sm]: { height: vars.spacing["8"] } },
      },
      md: {
        height: space(11),
        paddingInline: vars.spacing["4"],
        "@media": { [media.sm]: { height: vars.density.controlHeight } },
      },
    },
  },
  defaultVariants: { variant: "primary", size: "md" },
});

/** A square button holding only an icon, at the button sizes' heights. */
export const iconOnly = styleVariants({
  sm: {
    width: vars.spacing["10"],
    height: vars.spacing["10"],
    paddingInline: 0,
    "@media": { [media.sm]: { width: vars.spacing["8"], height: vars.spacing["8"] } },
  },
  md: {
    width: space(11),
    height: space(11),
    paddingInline: 0,
    "@media": {
      [media.sm]: { width: vars.density.controlHeight, height: vars.density.controlHeight },
    },
  },
});

export const spinner = style({
  "@media": { [media.motionSafe]: { animation: `${spin} 1s linear infinite` } },
});
