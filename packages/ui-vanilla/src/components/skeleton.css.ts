import { media } from "@payout-styles/tokens";
import { style, styleVariants } from "@vanilla-extract/css";
import { pulse } from "../styles/animations.css";
import { vars } from "../styles/theme.css";

export const block = style({ display: "block" });

// Without a height, a bar takes one text line and fills its middle, like the text it stands for.
export const bar = styleVariants({
  textLine: [block, { height: "1lh", paddingBlock: "0.2lh" }],
  sized: [block],
});

export const fill = style({
  display: "block",
  height: "100%",
  borderRadius: vars.radius.sm,
  backgroundColor: vars.color.skeleton,
  "@media": {
    [media.motionSafe]: { animation: `${pulse} 2s cubic-bezier(0.4, 0, 0.6, 1) infinite` },
  },
});
