import { media } from "@payout-styles/tokens";
import { style } from "@vanilla-extract/css";
import { vars } from "../../styles/theme.css";

export const content = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.spacing["6"],
});

/** Two sections side by side only on wide screens: their tables need the room. */
export const pair = style({
  display: "grid",
  gap: vars.spacing["6"],
  "@media": {
    [media["2xl"]]: { gridTemplateColumns: "repeat(2, minmax(0, 1fr))" },
  },
});
