import { media } from "@payout-styles/tokens";
import { style } from "@vanilla-extract/css";
import { vars } from "../../styles/theme.css";

export const heading = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.spacing["3"],
});

export const sections = style({
  display: "grid",
  gap: vars.spacing["6"],
  "@media": {
    [media.lg]: { gridTemplateColumns: "repeat(2, minmax(0, 1fr))" },
  },
});
