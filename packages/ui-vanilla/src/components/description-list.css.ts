import { media } from "@payout-styles/tokens";
import { globalStyle, style } from "@vanilla-extract/css";
import { recipe } from "@vanilla-extract/recipes";
import { tabularNumsRule } from "../styles/style-rules";
import { vars } from "../styles/theme.css";

export const list = style({ ...vars.text.sm });

// `divide-y`: a rule between rows, without specificity like Tailwind's :where().
globalStyle(`:where(${list} > :not(:last-child))`, {
  borderBottomWidth: 1,
  borderColor: vars.color.border,
});

const stackedRow = {
  display: "flex",
  flexDirection: "column",
  gap: vars.spacing["1"],
} as const;

export const row = recipe({
  base: { paddingBlock: vars.spacing["3"] },
  variants: {
    layout: {
      // Side by side from `sm` up: on a phone a long term and its detail do not fit one row.
      inline: {
        ...stackedRow,
        "@media": {
          [media.sm]: {
            display: "grid",
            gridTemplateColumns: "minmax(0, 2fr) minmax(0, 3fr)",
            gap: vars.spacing["4"],
          },
        },
      },
      stacked: stackedRow,
    },
  },
});

export const term = style({ color: vars.color.fgMuted });

export const detail = recipe({
  base: { minWidth: 0, overflowWrap: "break-word", color: vars.color.fg },
  variants: {
    numeric: { true: tabularNumsRule, false: {} },
    layout: { inline: {}, stacked: {} },
  },
  compoundVariants: [
    {
      variants: { numeric: true, layout: "inline" },
      style: { "@media": { [media.sm]: { textAlign: "right" } } },
    },
  ],
});
