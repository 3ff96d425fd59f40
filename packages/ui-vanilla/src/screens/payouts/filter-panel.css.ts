import { media } from "@payout-styles/tokens";
import { style } from "@vanilla-extract/css";
import { recipe } from "@vanilla-extract/recipes";
import { space } from "../../styles/style-rules";
import { vars } from "../../styles/theme.css";
// Emitted first, so `toggle` hides the button over its own `display` at equal specificity.
import "../../components/button.css";

export const region = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.spacing["3"],
});

/** The "Filters" disclosure, for phones only. */
export const toggle = style({
  alignSelf: "flex-start",
  "@media": {
    [media.md]: { display: "none" },
  },
});

export const chevron = recipe({
  base: {
    color: vars.color.fgMuted,
    transitionProperty: "transform, translate, scale, rotate",
    transitionTimingFunction: vars.ease.standard,
    transitionDuration: vars.duration.normal,
  },
  variants: {
    open: { true: { rotate: "180deg" } },
  },
});

// Folded on phones unless opened; always a wrapping row from `md` up.
export const panel = recipe({
  base: {
    flexDirection: "column",
    gap: vars.spacing["4"],
    "@media": {
      [media.md]: {
        display: "flex",
        flexDirection: "row",
        flexWrap: "wrap",
        alignItems: "flex-end",
      },
    },
  },
  variants: {
    open: {
      true: { display: "flex" },
      false: { display: "none" },
    },
  },
});

/** A filter's width from `sm` up; full width on phones. */
export const field = recipe({
  base: { width: "100%", minWidth: 0 },
  variants: {
    width: {
      narrow: { "@media": { [media.sm]: { width: space(36) } } },
      medium: { "@media": { [media.sm]: { width: space(40) } } },
      wide: { "@media": { [media.sm]: { width: space(72) } } },
    },
  },
});
