import { style } from "@vanilla-extract/css";
import { vars } from "../../styles/theme.css";

export const form = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.spacing["5"],
});

export const dayField = style({
  maxWidth: "20rem",
});
