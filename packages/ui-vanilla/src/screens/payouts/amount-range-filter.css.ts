import { style } from "@vanilla-extract/css";
import { vars } from "../../styles/theme.css";

export const fieldset = style({
  minWidth: 0,
});

export const bounds = style({
  display: "flex",
  flexWrap: "wrap",
  alignItems: "flex-start",
  gap: vars.spacing["3"],
});
