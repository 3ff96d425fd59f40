import { style } from "@vanilla-extract/css";
import { vars } from "../../styles/theme.css";

// Labels wrap, so the amounts stay in view on a phone.
export const line = style({
  display: "flex",
  flexDirection: "column",
  whiteSpace: "normal",
});

export const platformFundedNote = style({
  ...vars.text.xs,
  fontWeight: vars.fontWeight.normal,
  color: vars.color.fgMuted,
});
