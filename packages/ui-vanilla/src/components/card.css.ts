import { style, styleVariants } from "@vanilla-extract/css";
import { spaceY } from "../styles/style-rules";
import { vars } from "../styles/theme.css";

export const card = style({
  minWidth: 0,
  borderRadius: vars.radius.lg,
  border: `1px solid ${vars.color.border}`,
  backgroundColor: vars.color.surface,
  color: vars.color.fg,
  boxShadow: vars.shadow.sm,
});

const headerBase = style({
  display: "flex",
  flexWrap: "wrap",
  alignItems: "flex-start",
  justifyContent: "space-between",
  columnGap: vars.spacing["4"],
  rowGap: vars.spacing["2"],
  paddingInline: vars.density.cardPadding,
  paddingTop: vars.density.cardPadding,
});

export const header = styleVariants({
  padded: [headerBase],
  flush: [headerBase, { paddingBottom: vars.spacing["4"] }],
});

export const titles = style({ minWidth: 0 });
spaceY(titles, vars.spacing["1"]);

export const title = style({
  ...vars.text.base,
  fontWeight: vars.fontWeight.semibold,
  color: vars.color.fg,
});

export const description = style({ ...vars.text.sm, color: vars.color.fgMuted });

export const actions = style({
  display: "flex",
  flexShrink: 0,
  flexWrap: "wrap",
  alignItems: "center",
  gap: vars.spacing["2"],
});

export const body = styleVariants({
  padded: { padding: vars.density.cardPadding },
  belowHeader: { padding: vars.density.cardPadding, paddingTop: vars.spacing["4"] },
});
