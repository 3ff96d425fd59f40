// The table's look, shared by DataTable and TableSkeleton so a loading table has the exact shape
// of the loaded one.
import { cva } from "class-variance-authority";

// Phones get a scroll container with a sticky first column rather than cards: one markup at
// every width keeps the real <table> (caption, aria-sort, row headers) for screen readers and
// tests alike, and a seller comparing amounts keeps them in columns. The container also bounds
// the height, so the header can stick while the rows scroll (a page-level sticky header cannot
// work inside a horizontally scrolling box).
export const tableContainerClass =
  "isolate max-h-[80dvh] overflow-auto overscroll-x-contain focus-visible:outline-2 focus-visible:outline-focus-ring focus-visible:outline-offset-2";

export const tableClass = "w-full border-separate border-spacing-0 text-fg text-sm";

export const captionVariants = cva("text-left", {
  variants: {
    hidden: {
      true: "sr-only",
      false: "px-(--spacing-cell-padding-x) py-3 text-base font-semibold text-fg",
    },
  },
});

export const headClass = "sticky top-0 z-(--z-index-sticky) bg-surface-muted";

export const rowClass = "h-(--spacing-row-height)";

// The container (a card, usually) draws the bottom edge.
export const bodyClass = "[&>tr:last-child>*]:border-b-0";

export const cellVariants = cva(
  "border-b border-border px-(--spacing-cell-padding-x) py-(--spacing-cell-padding-y) align-middle whitespace-nowrap",
  {
    variants: {
      kind: {
        header:
          "h-(--spacing-control-height) bg-surface-muted py-0 text-xs font-medium text-fg-muted",
        rowHeader: "bg-surface font-medium group-hover/row:bg-surface-hover",
        data: "",
      },
      numeric: { true: "text-right tabular-nums", false: "text-left" },
      // The first column stays in view while the others scroll under it; the divider shows
      // where they slide, on the widths where they do.
      sticky: { true: "sticky left-0 max-md:border-r", false: "" },
    },
    compoundVariants: [
      { kind: "data", sticky: true, className: "bg-surface group-hover/row:bg-surface-hover" },
    ],
    defaultVariants: { kind: "data", numeric: false, sticky: false },
  },
);
