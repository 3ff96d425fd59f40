import { globalStyle, style } from "@vanilla-extract/css";
import { vars } from "../styles/theme.css";

export const icon = style({});

// Without specificity (:where), so the size a caller's class gives an icon always wins,
// whichever stylesheet comes first.
globalStyle(`:where(${icon})`, {
  width: vars.spacing["4"],
  height: vars.spacing["4"],
  flexShrink: 0,
});
