import { media } from "@payout-styles/tokens";
import { style } from "@vanilla-extract/css";
import { tightTrackingRule } from "../../styles/style-rules";
import { vars } from "../../styles/theme.css";

export const main = style({
  display: "flex",
  minHeight: "100dvh",
  alignItems: "center",
  justifyContent: "center",
  backgroundColor: vars.color.canvas,
  paddingInline: vars.spacing["4"],
  paddingBlock: vars.spacing["12"],
});

export const column = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.spacing["6"],
  width: "100%",
  maxWidth: "24rem",
});

export const productName = style({
  ...vars.text.xl,
  fontWeight: vars.fontWeight.semibold,
  ...tightTrackingRule,
  textAlign: "center",
  color: vars.color.fg,
});

export const panel = style({
  borderRadius: vars.radius.lg,
  border: `1px solid ${vars.color.border}`,
  backgroundColor: vars.color.surface,
  padding: vars.spacing["6"],
  boxShadow: vars.shadow.sm,
  "@media": {
    [media.sm]: { padding: vars.spacing["8"] },
  },
});

export const intro = style({
  display: "flex",
  flexDirection: "column",
  gap: vars.spacing["1"],
  marginBottom: vars.spacing["6"],
});

export const title = style({
  ...vars.text["2xl"],
  fontWeight: vars.fontWeight.semibold,
  ...tightTrackingRule,
  color: vars.color.fg,
});

export const description = style({
  ...vars.text.sm,
  color: vars.color.fgMuted,
});
