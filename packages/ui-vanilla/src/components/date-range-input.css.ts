import { style } from "@vanilla-extract/css";
import { space, tabularNumsRule } from "../styles/style-rules";
import { vars } from "../styles/theme.css";
import { control } from "./text-input.css";

export const fieldset = style({ minWidth: 0 });

export const legend = style({
  marginBottom: vars.spacing["1.5"],
  ...vars.text.sm,
  fontWeight: vars.fontWeight.medium,
  color: vars.color.fg,
});

export const bounds = style({ display: "flex", flexWrap: "wrap", gap: vars.spacing["3"] });

export const bound = style({
  display: "flex",
  minWidth: space(36),
  flex: "1 1 0%",
  flexDirection: "column",
  gap: vars.spacing["1"],
});

export const label = style({ ...vars.text.xs, color: vars.color.fgMuted });

export const input = style([control, tabularNumsRule]);

export const error = style({ marginTop: vars.spacing["1.5"] });
