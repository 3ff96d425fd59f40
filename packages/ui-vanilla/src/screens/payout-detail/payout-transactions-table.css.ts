import { media } from "@payout-styles/tokens";
import { style } from "@vanilla-extract/css";
import { tabularNumsRule } from "../../styles/style-rules";
import { vars } from "../../styles/theme.css";

export const toolbar = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.spacing["3"],
  paddingInline: vars.density.cardPadding,
  paddingBottom: vars.spacing["4"],
  "@media": {
    [media.sm]: {
      flexDirection: "row",
      alignItems: "flex-end",
      justifyContent: "space-between",
    },
  },
});

export const filter = style({
  width: "100%",
  "@media": {
    [media.sm]: { maxWidth: "20rem" },
  },
});

export const shownCount = style({
  ...vars.text.sm,
  color: vars.color.fgMuted,
  ...tabularNumsRule,
});

export const showAll = style({
  display: "flex",
  justifyContent: "center",
  paddingInline: vars.density.cardPadding,
  paddingBlock: vars.spacing["4"],
});
