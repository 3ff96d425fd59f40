import { media } from "@payout-styles/tokens";
import { style } from "@vanilla-extract/css";
import { vars } from "../../styles/theme.css";

export const main = style({
  display: "flex",
  flexDirection: "column",
  width: "100%",
  maxWidth: "42rem",
  marginInline: "auto",
  paddingInline: vars.spacing["4"],
  paddingBlock: vars.spacing["16"],
  "@media": {
    [media.md]: { paddingInline: vars.spacing["8"] },
  },
});
