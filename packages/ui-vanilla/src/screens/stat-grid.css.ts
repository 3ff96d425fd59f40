// The per-currency groups of stats shared by the overview's balances and the payouts' totals.
import { media } from "@payout-styles/tokens";
import { style } from "@vanilla-extract/css";
import { vars } from "../styles/theme.css";

export const currencyGroups = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.spacing["6"],
});

export const currencyGroup = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.spacing["3"],
});

export const currencyHeading = style({
  ...vars.text.sm,
  fontWeight: vars.fontWeight.medium,
  color: vars.color.fgMuted,
});

export const statGrid = style({
  display: "grid",
  gap: vars.spacing["4"],
  "@media": {
    [media.sm]: { gridTemplateColumns: "repeat(2, minmax(0, 1fr))" },
    [media.lg]: { gridTemplateColumns: "repeat(4, minmax(0, 1fr))" },
  },
});
