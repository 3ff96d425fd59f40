import { style } from "@vanilla-extract/css";
import { space } from "../styles/style-rules";
import { vars } from "../styles/theme.css";
import { control } from "./text-input.css";

export const wrapper = style({ position: "relative" });

export const select = style([
  control,
  { cursor: "pointer", appearance: "none", paddingInlineEnd: space(9) },
]);

export const chevron = style({
  pointerEvents: "none",
  position: "absolute",
  insetInlineEnd: vars.spacing["3"],
  top: "50%",
  translate: "0 -50%",
  color: vars.color.fgMuted,
});
