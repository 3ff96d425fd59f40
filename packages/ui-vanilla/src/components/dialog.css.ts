import { media } from "@payout-styles/tokens";
import { style } from "@vanilla-extract/css";
import { spaceY } from "../styles/style-rules";
import { vars } from "../styles/theme.css";
import "./button.css";

export const overlay = style({
  position: "fixed",
  inset: 0,
  zIndex: vars.zIndex.overlay,
  backgroundColor: vars.color.overlay,
});

// Phones get a bottom sheet (full width, thumb-reachable footer); from `sm` up a centred dialog.
export const content = style({
  position: "fixed",
  insetInline: 0,
  bottom: 0,
  zIndex: vars.zIndex.dialog,
  display: "flex",
  maxHeight: "90dvh",
  flexDirection: "column",
  borderTopLeftRadius: vars.radius.xl,
  borderTopRightRadius: vars.radius.xl,
  border: `1px solid ${vars.color.border}`,
  backgroundColor: vars.color.surfaceRaised,
  color: vars.color.fg,
  boxShadow: vars.shadow.xl,
  "@media": {
    [media.sm]: {
      insetInline: "auto",
      top: "50%",
      bottom: "auto",
      left: "50%",
      width: "100%",
      maxWidth: "32rem",
      translate: "-50% -50%",
      borderRadius: vars.radius.lg,
    },
  },
});

export const header = style({
  display: "flex",
  alignItems: "flex-start",
  justifyContent: "space-between",
  gap: vars.spacing["4"],
  paddingInline: vars.spacing["6"],
  paddingTop: vars.spacing["6"],
});

export const heading = style({ minWidth: 0 });
spaceY(heading, vars.spacing["1.5"]);

export const title = style({
  ...vars.text.lg,
  fontWeight: vars.fontWeight.semibold,
  color: vars.color.fg,
});

export const description = style({ ...vars.text.sm, color: vars.color.fgMuted });

export const close = style({
  marginInlineEnd: `calc(${vars.spacing["2"]} * -1)`,
  marginTop: `calc(${vars.spacing["1"]} * -1)`,
  color: vars.color.fgMuted,
});

export const body = style({
  minHeight: 0,
  flex: "1 1 0%",
  overflowY: "auto",
  paddingInline: vars.spacing["6"],
  paddingBlock: vars.spacing["4"],
});

export const footer = style({
  display: "flex",
  flexDirection: "column-reverse",
  gap: vars.spacing["2"],
  borderTop: `1px solid ${vars.color.border}`,
  paddingInline: vars.spacing["6"],
  paddingBlock: vars.spacing["4"],
  "@media": { [media.sm]: { flexDirection: "row", justifyContent: "flex-end" } },
});
