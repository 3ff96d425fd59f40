import { media } from "@payout-styles/tokens";
import { style, styleVariants } from "@vanilla-extract/css";
import { focusRingRule, space, spaceY } from "../styles/style-rules";
import { vars } from "../styles/theme.css";
import "./button.css";
import { toneColors } from "./tone";

const { info, success, danger } = toneColors;
const toastTones = { info, success, danger };

const toastBase = style({
  display: "flex",
  width: "100%",
  alignItems: "flex-start",
  gap: vars.spacing["3"],
  borderRadius: vars.radius.lg,
  border: `1px solid ${vars.color.border}`,
  borderInlineStartWidth: 4,
  backgroundColor: vars.color.surfaceRaised,
  padding: vars.spacing["4"],
  color: vars.color.fg,
  boxShadow: vars.shadow.lg,
});

export const toast = styleVariants(toastTones, ({ fg }) => [
  toastBase,
  { borderInlineStartColor: fg },
]);

export const icon = styleVariants(toastTones, ({ fg }) => ({
  marginTop: vars.spacing["0.5"],
  width: vars.spacing["5"],
  height: vars.spacing["5"],
  color: fg,
}));

export const text = style({ minWidth: 0, flex: "1 1 0%" });
spaceY(text, vars.spacing["1"]);

export const title = style({
  ...vars.text.sm,
  fontWeight: vars.fontWeight.semibold,
  color: vars.color.fg,
});

export const description = style({ ...vars.text.sm, color: vars.color.fgMuted });

export const close = style({
  marginInlineEnd: `calc(${vars.spacing["2"]} * -1)`,
  marginTop: `calc(${vars.spacing["2"]} * -1)`,
  color: vars.color.fgMuted,
});

export const viewport = style({
  position: "fixed",
  insetInline: 0,
  bottom: 0,
  zIndex: vars.zIndex.toast,
  display: "flex",
  maxHeight: "100dvh",
  flexDirection: "column",
  gap: vars.spacing["2"],
  padding: vars.spacing["4"],
  selectors: { "&:focus-visible": { ...focusRingRule, outlineOffset: -2 } },
  "@media": {
    [media.sm]: { insetInlineStart: "auto", insetInlineEnd: 0, width: space(96) },
  },
});
