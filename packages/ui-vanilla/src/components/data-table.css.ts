// The table's look, shared by DataTable and TableSkeleton so a loading table has the exact shape
// of the loaded one.
import { breakpoint, media } from "@payout-styles/tokens";
import { globalStyle, style } from "@vanilla-extract/css";
import { recipe } from "@vanilla-extract/recipes";
import {
  focusRingRule,
  hover,
  space,
  tabularNumsRule,
  visuallyHiddenRule,
} from "../styles/style-rules";
import { vars } from "../styles/theme.css";
import "./link.css";

// Phones get a scroll container with a sticky first column rather than cards: one markup at
// every width keeps the real <table> (caption, aria-sort, row headers) for screen readers and
// tests alike, and a seller comparing amounts keeps them in columns. The container also bounds
// the height, so the header can stick while the rows scroll (a page-level sticky header cannot
// work inside a horizontally scrolling box).
export const container = style({
  isolation: "isolate",
  maxHeight: "80dvh",
  overflow: "auto",
  overscrollBehaviorX: "contain",
  selectors: { "&:focus-visible": focusRingRule },
});

export const table = style({
  width: "100%",
  borderCollapse: "separate",
  borderSpacing: 0,
  color: vars.color.fg,
  ...vars.text.sm,
});

export const caption = recipe({
  base: { textAlign: "left" },
  variants: {
    hidden: {
      true: visuallyHiddenRule,
      false: {
        paddingInline: vars.density.cellPaddingX,
        paddingBlock: vars.spacing["3"],
        ...vars.text.base,
        fontWeight: vars.fontWeight.semibold,
        color: vars.color.fg,
      },
    },
  },
});

export const head = style({
  position: "sticky",
  top: 0,
  zIndex: vars.zIndex.sticky,
  backgroundColor: vars.color.surfaceMuted,
});

export const row = style({ height: vars.density.rowHeight });

export const hoverRow = style([row, hover({ backgroundColor: vars.color.surfaceHover })]);

// The container (a card, usually) draws the bottom edge.
export const body = style({});
globalStyle(`${body} > tr:last-child > *`, { borderBottomWidth: 0 });

const rowHover = {
  "@media": {
    [media.hover]: {
      selectors: { [`${hoverRow}:hover &`]: { backgroundColor: vars.color.surfaceHover } },
    },
  },
};

export const cell = recipe({
  base: {
    borderBottomWidth: 1,
    borderColor: vars.color.border,
    paddingInline: vars.density.cellPaddingX,
    paddingBlock: vars.density.cellPaddingY,
    verticalAlign: "middle",
    whiteSpace: "nowrap",
  },
  variants: {
    kind: {
      header: {
        height: vars.density.controlHeight,
        backgroundColor: vars.color.surfaceMuted,
        paddingBlock: 0,
        ...vars.text.xs,
        fontWeight: vars.fontWeight.medium,
        color: vars.color.fgMuted,
      },
      rowHeader: [
        { backgroundColor: vars.color.surface, fontWeight: vars.fontWeight.medium },
        rowHover,
      ],
      data: {},
    },
    numeric: {
      true: { textAlign: "right", ...tabularNumsRule },
      false: { textAlign: "left" },
    },
    // The first column stays in view while the others scroll under it; the divider shows
    // where they slide, on the widths where they do.
    sticky: {
      true: {
        position: "sticky",
        left: 0,
        "@media": { [`(width < ${breakpoint.md})`]: { borderRightWidth: 1 } },
      },
      false: {},
    },
  },
  compoundVariants: [
    {
      variants: { kind: "data", sticky: true },
      style: [{ backgroundColor: vars.color.surface }, rowHover],
    },
  ],
  defaultVariants: { kind: "data", numeric: false, sticky: false },
});

// The screen writes the totals row; its cells get the columns' padding and the sticky first cell.
export const foot = style({
  position: "sticky",
  bottom: 0,
  zIndex: vars.zIndex.sticky,
  backgroundColor: vars.color.surfaceMuted,
  fontWeight: vars.fontWeight.medium,
});
globalStyle(`${foot} td, ${foot} th`, {
  whiteSpace: "nowrap",
  borderColor: vars.color.border,
  borderTopWidth: 1,
  paddingInline: vars.density.cellPaddingX,
  paddingBlock: vars.density.cellPaddingY,
});
globalStyle(`${foot} th`, { textAlign: "left" });
globalStyle(`${foot} tr > *:first-child`, {
  position: "sticky",
  left: 0,
  backgroundColor: vars.color.surfaceMuted,
});

export const sortControl = recipe({
  base: [
    {
      marginInline: `calc(${vars.spacing["1"]} * -1)`,
      display: "inline-flex",
      alignItems: "center",
      gap: vars.spacing["1"],
      borderRadius: vars.radius.xs,
      paddingInline: vars.spacing["1"],
      paddingBlock: vars.spacing["1"],
      selectors: { "&:focus-visible": focusRingRule },
    },
    hover({ color: vars.color.fg, textDecorationLine: "none" }),
  ],
  variants: {
    // Numeric headers put the arrow first, so their text lines up with the right-aligned numbers.
    numeric: { true: { flexDirection: "row-reverse" }, false: {} },
    sorted: { true: { color: vars.color.fg }, false: {} },
  },
});

const arrowBase = style({ width: space(3.5), height: space(3.5) });

export const sortArrow = recipe({
  base: arrowBase,
  variants: {
    sorted: {
      true: {},
      false: {
        opacity: 0,
        selectors: { [`${sortControl.classNames.base}:focus-visible &`]: { opacity: 1 } },
        "@media": {
          [media.hover]: {
            selectors: { [`${sortControl.classNames.base}:hover &`]: { opacity: 1 } },
          },
        },
      },
    },
  },
});

export const emptyCell = style({ borderBottomWidth: 1, borderColor: vars.color.border });
