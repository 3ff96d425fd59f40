import { style } from "@vanilla-extract/css";
import { spaceY } from "../styles/style-rules";
import { vars } from "../styles/theme.css";

export const emptyState = style({
  display: "flex",
  flexDirection: "column",
  alignItems: "center",
  gap: vars.spacing["3"],
  paddingInline: vars.spacing["4"],
  paddingBlock: vars.spacing["12"],
  textAlign: "center",
});

export const iconFrame = style({
  display: "flex",
  width: vars.spacing["10"],
  height: vars.spacing["10"],
  alignItems: "center",
  justifyContent: "center",
  borderRadius: vars.radius.full,
  backgroundColor: vars.color.surfaceMuted,
  color: vars.color.fgMuted,
});

export const icon = style({ width: vars.spacing["5"], height: vars.spacing["5"] });

export const text = style({ maxWidth: "24rem" });
spaceY(text, vars.spacing["1"]);

export const title = style({
  ...vars.text.base,
  fontWeight: vars.fontWeight.semibold,
  color: vars.color.fg,
});

export const description = style({ ...vars.text.sm, color: vars.color.fgMuted });

export const actions = style({
  marginTop: vars.spacing["1"],
  display: "flex",
  flexWrap: "wrap",
  justifyContent: "center",
  gap: vars.spacing["2"],
});
