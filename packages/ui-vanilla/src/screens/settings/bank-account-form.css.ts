import { media } from "@payout-styles/tokens";
import { style } from "@vanilla-extract/css";
import { vars } from "../../styles/theme.css";

export const form = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.spacing["4"],
});

export const heading = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.spacing["1"],
});

export const title = style({
  ...vars.text.base,
  fontWeight: vars.fontWeight.semibold,
  color: vars.color.fg,
});

export const description = style({
  ...vars.text.sm,
  color: vars.color.fgMuted,
});

export const kindError = style({
  ...vars.text.sm,
  fontWeight: vars.fontWeight.medium,
  color: vars.color.danger.fg,
});

export const fields = style({
  display: "grid",
  gap: vars.spacing["4"],
  "@media": {
    [media.sm]: { gridTemplateColumns: "repeat(2, minmax(0, 1fr))" },
  },
});
