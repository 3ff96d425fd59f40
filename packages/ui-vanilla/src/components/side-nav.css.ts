import { media } from "@payout-styles/tokens";
import { style } from "@vanilla-extract/css";
import { hover, space } from "../styles/style-rules";
import { vars } from "../styles/theme.css";
import "./link.css";

export const list = style({ display: "flex", flexDirection: "column", gap: vars.spacing["0.5"] });

export const item = style([
  {
    display: "flex",
    height: vars.spacing["10"],
    alignItems: "center",
    borderRadius: vars.radius.md,
    paddingInline: vars.spacing["3"],
    ...vars.text.sm,
    fontWeight: vars.fontWeight.medium,
    selectors: {
      '&[aria-current="page"]': {
        backgroundColor: vars.color.accentSubtle,
        fontWeight: vars.fontWeight.semibold,
        color: vars.color.fg,
      },
    },
    "@media": { [media.md]: { height: space(9) } },
  },
  hover({ backgroundColor: vars.color.surfaceHover, textDecorationLine: "none" }),
]);
