import { media } from "@payout-styles/tokens";
import { style } from "@vanilla-extract/css";
import { hover, space } from "../styles/style-rules";
import { vars } from "../styles/theme.css";
import "./button.css";
import { choiceInput } from "./checkbox.css";

export const trigger = style({
  selectors: { '&[data-state="open"]': { backgroundColor: vars.color.surfaceHover } },
});

export const chevron = style({ color: vars.color.fgMuted });

export const content = style({
  zIndex: vars.zIndex.popover,
  width: space(64),
  maxWidth: "calc(100vw - 1rem)",
  borderRadius: vars.radius.lg,
  border: `1px solid ${vars.color.border}`,
  backgroundColor: vars.color.surfaceRaised,
  padding: vars.spacing["3"],
  color: vars.color.fg,
  boxShadow: vars.shadow.lg,
});

export const fieldset = style({ minWidth: 0 });

export const legend = style({
  marginBottom: vars.spacing["2"],
  ...vars.text.xs,
  fontWeight: vars.fontWeight.medium,
  color: vars.color.fgMuted,
});

export const options = style({ display: "flex", flexDirection: "column" });

export const option = style([
  {
    display: "flex",
    alignItems: "center",
    gap: vars.spacing["3"],
    borderRadius: vars.radius.md,
    paddingInline: vars.spacing["2"],
  },
  hover({ backgroundColor: vars.color.surfaceHover }),
]);

export const input = style([choiceInput, { marginTop: 0 }]);

export const label = style({
  display: "flex",
  minHeight: space(11),
  flex: "1 1 0%",
  cursor: "pointer",
  alignItems: "center",
  ...vars.text.sm,
  "@media": { [media.sm]: { minHeight: space(9) } },
});
