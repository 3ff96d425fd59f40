import { media } from "@payout-styles/tokens";
import { style } from "@vanilla-extract/css";
import { focusRingRule, hover, transitionColorsRule } from "../styles/style-rules";
import { vars } from "../styles/theme.css";

export const fieldset = style({ minWidth: 0 });

export const options = style({
  display: "inline-flex",
  borderRadius: vars.radius.md,
  border: `1px solid ${vars.color.border}`,
  backgroundColor: vars.color.surfaceMuted,
  padding: vars.spacing["0.5"],
});

export const option = style([
  {
    display: "flex",
    width: vars.spacing["10"],
    height: vars.spacing["10"],
    cursor: "pointer",
    alignItems: "center",
    justifyContent: "center",
    borderRadius: vars.radius.sm,
    color: vars.color.fgMuted,
    ...transitionColorsRule,
    selectors: {
      "&:has(*:checked)": {
        backgroundColor: vars.color.surface,
        color: vars.color.fg,
        boxShadow: vars.shadow.sm,
      },
      "&:has(*:focus-visible)": focusRingRule,
    },
    "@media": { [media.sm]: { width: vars.spacing["8"], height: vars.spacing["8"] } },
  },
  hover({ color: vars.color.fg }),
]);
