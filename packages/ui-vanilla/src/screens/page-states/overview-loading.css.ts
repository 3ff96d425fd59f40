import { media } from "@payout-styles/tokens";
import { style } from "@vanilla-extract/css";
import { vars } from "../../styles/theme.css";

export const payoutCards = style({
  display: "grid",
  gap: vars.spacing["6"],
  "@media": {
    [media.md]: { gridTemplateColumns: "repeat(2, minmax(0, 1fr))" },
  },
});
