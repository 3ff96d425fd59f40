import { media } from "@payout-styles/tokens";
import { style } from "@vanilla-extract/css";
import { vars } from "../../styles/theme.css";

export const content = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.spacing["6"],
});

/** The summary (and retry) beside the timeline from `lg` up, three parts to two. */
export const overview = style({
  display: "grid",
  gap: vars.spacing["6"],
  "@media": {
    [media.lg]: { gridTemplateColumns: "minmax(0,3fr) minmax(0,2fr)" },
  },
});

export const summary = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.spacing["6"],
  minWidth: 0,
});
