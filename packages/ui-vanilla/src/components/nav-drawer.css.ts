import { media } from "@payout-styles/tokens";
import { style } from "@vanilla-extract/css";
import { hover, space } from "../styles/style-rules";
import { vars } from "../styles/theme.css";
import "./button.css";

const hiddenFromMd = { "@media": { [media.md]: { display: "none" } } } as const;

export const iconButton = style([
  { width: vars.spacing["10"], paddingInline: 0, color: vars.color.fgMuted },
  hover({ color: vars.color.fg }),
]);

export const trigger = style({
  marginInlineStart: `calc(${vars.spacing["2"]} * -1)`,
  ...hiddenFromMd,
});

export const icon = style({ width: vars.spacing["5"], height: vars.spacing["5"] });

export const overlay = style({
  position: "fixed",
  inset: 0,
  zIndex: vars.zIndex.overlay,
  backgroundColor: vars.color.overlay,
  ...hiddenFromMd,
});

export const content = style({
  position: "fixed",
  insetBlock: 0,
  left: 0,
  zIndex: vars.zIndex.dialog,
  display: "flex",
  width: space(72),
  maxWidth: "85vw",
  flexDirection: "column",
  gap: vars.spacing["4"],
  borderRight: `1px solid ${vars.color.border}`,
  backgroundColor: vars.color.surface,
  padding: vars.spacing["4"],
  color: vars.color.fg,
  boxShadow: vars.shadow.xl,
  ...hiddenFromMd,
});

export const header = style({
  display: "flex",
  alignItems: "center",
  justifyContent: "space-between",
  gap: vars.spacing["2"],
});

export const title = style({
  paddingInline: vars.spacing["3"],
  ...vars.text.base,
  fontWeight: vars.fontWeight.semibold,
});

export const preferences = style({
  marginTop: "auto",
  display: "flex",
  flexWrap: "wrap",
  alignItems: "center",
  gap: vars.spacing["3"],
  borderTop: `1px solid ${vars.color.border}`,
  paddingTop: vars.spacing["4"],
});
