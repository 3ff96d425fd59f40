import { style } from "@vanilla-extract/css";
import { focusRingRule, hover, shadowNone, space, tabularNumsRule } from "../styles/style-rules";
import { vars } from "../styles/theme.css";
import "./button.css";
import "./link.css";

export const pagination = style({
  display: "flex",
  flexWrap: "wrap",
  alignItems: "center",
  justifyContent: "space-between",
  columnGap: vars.spacing["6"],
  rowGap: vars.spacing["3"],
  ...vars.text.sm,
});

export const summary = style({ color: vars.color.fgMuted, ...tabularNumsRule });

export const controls = style({
  marginInlineStart: "auto",
  display: "flex",
  flexWrap: "wrap",
  alignItems: "center",
  columnGap: vars.spacing["6"],
  rowGap: vars.spacing["3"],
});

export const pageSize = style({ display: "flex", alignItems: "center", gap: vars.spacing["2"] });

export const pageSizeLabel = style({ color: vars.color.fgMuted });

export const pageSizes = style({
  display: "flex",
  alignItems: "center",
  gap: vars.spacing["0.5"],
  borderRadius: vars.radius.md,
  border: `1px solid ${vars.color.border}`,
  backgroundColor: vars.color.surface,
  padding: vars.spacing["0.5"],
});

export const pageSizeLink = style([
  {
    display: "inline-flex",
    height: vars.spacing["8"],
    minWidth: space(9),
    alignItems: "center",
    justifyContent: "center",
    borderRadius: vars.radius.sm,
    paddingInline: vars.spacing["2"],
    ...tabularNumsRule,
    selectors: {
      "&:focus-visible": focusRingRule,
      '&[aria-current="true"]': {
        backgroundColor: vars.color.surfaceHover,
        fontWeight: vars.fontWeight.medium,
        color: vars.color.fg,
      },
    },
  },
  hover({ backgroundColor: vars.color.surfaceHover, textDecorationLine: "none" }),
]);

export const pageLinks = style({ display: "flex", alignItems: "center", gap: vars.spacing["2"] });

export const unavailablePageLink = style({ cursor: "not-allowed", opacity: 0.5, ...shadowNone });
