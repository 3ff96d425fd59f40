import { style } from "@vanilla-extract/css";
import { vars } from "../styles/theme.css";

export const fieldset = style({ minWidth: 0 });

export const legend = style({
  marginBottom: vars.spacing["2"],
  ...vars.text.sm,
  fontWeight: vars.fontWeight.medium,
  color: vars.color.fg,
});

export const options = style({ display: "flex", flexDirection: "column", gap: vars.spacing["2"] });

export const option = style({
  display: "flex",
  alignItems: "flex-start",
  gap: vars.spacing["3"],
});

export const label = style({ cursor: "pointer", ...vars.text.sm, color: vars.color.fg });

export const error = style({ marginTop: vars.spacing["2"] });
