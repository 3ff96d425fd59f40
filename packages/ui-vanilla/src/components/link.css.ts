import { recipe } from "@vanilla-extract/recipes";
import { focusRingRule, hover, transitionColorsRule } from "../styles/style-rules";
import { vars } from "../styles/theme.css";

export const link = recipe({
  base: {
    borderRadius: vars.radius.xs,
    ...transitionColorsRule,
    selectors: { "&:focus-visible": focusRingRule },
  },
  variants: {
    variant: {
      inline: [
        {
          fontWeight: vars.fontWeight.medium,
          color: vars.color.link,
          textDecorationLine: "underline",
          textDecorationThickness: 1,
          textUnderlineOffset: 2,
        },
        hover({ textDecorationThickness: 2 }),
      ],
      subtle: [
        { color: vars.color.fgMuted, textDecorationLine: "none" },
        hover({ color: vars.color.fg, textDecorationLine: "underline" }),
      ],
    },
  },
  defaultVariants: { variant: "inline" },
});
