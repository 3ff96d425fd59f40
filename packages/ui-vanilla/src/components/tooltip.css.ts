import { style } from "@vanilla-extract/css";
import { vars } from "../styles/theme.css";

export const content = style({
  zIndex: vars.zIndex.tooltip,
  maxWidth: "20rem",
  borderRadius: vars.radius.md,
  backgroundColor: vars.color.fg,
  paddingInline: vars.spacing["2"],
  paddingBlock: vars.spacing["1"],
  ...vars.text.xs,
  color: vars.color.canvas,
  boxShadow: vars.shadow.md,
});

export const arrow = style({ fill: vars.color.fg });
