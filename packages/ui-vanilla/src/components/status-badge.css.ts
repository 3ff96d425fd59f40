import { style, styleVariants } from "@vanilla-extract/css";
import { space } from "../styles/style-rules";
import { vars } from "../styles/theme.css";
import { toneColors } from "./tone";

const badgeBase = style({
  display: "inline-flex",
  alignItems: "center",
  gap: vars.spacing["1"],
  borderRadius: vars.radius.full,
  paddingBlock: vars.spacing["0.5"],
  paddingInlineStart: vars.spacing["1.5"],
  paddingInlineEnd: vars.spacing["2"],
  ...vars.text.xs,
  fontWeight: vars.fontWeight.medium,
  whiteSpace: "nowrap",
});

export const badge = styleVariants(toneColors, ({ fg, bg }) => [
  badgeBase,
  { backgroundColor: bg, color: fg },
]);

export const icon = style({ width: space(3.5), height: space(3.5) });
