import { breakpoint, media } from "@payout-styles/tokens";
import { style } from "@vanilla-extract/css";
import { focusRingRule, space, truncateRule, visuallyHiddenRule } from "../styles/style-rules";
import { vars } from "../styles/theme.css";

export const shell = style({
  minHeight: "100dvh",
  backgroundColor: vars.color.canvas,
  color: vars.color.fg,
  "@media": {
    [media.md]: { display: "grid", gridTemplateColumns: "15rem minmax(0, 1fr)" },
  },
});

export const skipLink = style({
  position: "fixed",
  top: vars.spacing["2"],
  left: vars.spacing["2"],
  zIndex: vars.zIndex.skipLink,
  borderRadius: vars.radius.md,
  backgroundColor: vars.color.surface,
  paddingInline: vars.spacing["4"],
  paddingBlock: vars.spacing["2"],
  ...vars.text.sm,
  fontWeight: vars.fontWeight.medium,
  color: vars.color.fg,
  boxShadow: vars.shadow.lg,
  selectors: {
    "&:not(:focus)": visuallyHiddenRule,
    "&:focus-visible": focusRingRule,
  },
});

export const sidebar = style({
  display: "none",
  borderRight: `1px solid ${vars.color.border}`,
  backgroundColor: vars.color.surface,
  "@media": { [media.md]: { display: "block" } },
});

export const sidebarContent = style({
  position: "sticky",
  top: 0,
  display: "flex",
  height: "100dvh",
  flexDirection: "column",
  gap: vars.spacing["4"],
  overflowY: "auto",
  padding: vars.spacing["3"],
});

export const productName = style({
  display: "flex",
  height: vars.spacing["8"],
  alignItems: "center",
  paddingInline: vars.spacing["3"],
  ...vars.text.base,
  fontWeight: vars.fontWeight.semibold,
  color: vars.color.fg,
});

export const column = style({ display: "flex", minWidth: 0, flexDirection: "column" });

export const topBar = style({
  position: "sticky",
  top: 0,
  zIndex: vars.zIndex.header,
  display: "flex",
  height: space(14),
  alignItems: "center",
  gap: vars.spacing["3"],
  borderBottom: `1px solid ${vars.color.border}`,
  backgroundColor: vars.color.surface,
  paddingInline: vars.spacing["4"],
  "@media": { [media.md]: { paddingInline: vars.spacing["8"] } },
});

export const sellerName = style({
  minWidth: 0,
  flex: "1 1 0%",
  ...truncateRule,
  ...vars.text.sm,
  fontWeight: vars.fontWeight.medium,
  color: vars.color.fg,
});

export const preferences = style({
  display: "none",
  alignItems: "center",
  gap: vars.spacing["2"],
  "@media": { [media.md]: { display: "flex" } },
});

// The icon alone names the button on phones; the text stays for screen readers.
export const signOutText = style({
  "@media": { [`(width < ${breakpoint.sm})`]: visuallyHiddenRule },
});

export const main = style({
  marginInline: "auto",
  width: "100%",
  maxWidth: "80rem",
  flex: "1 1 0%",
  paddingInline: vars.spacing["4"],
  paddingBlock: vars.spacing["6"],
  outlineStyle: "none",
  "@media": { [media.md]: { padding: vars.spacing["8"] } },
});
