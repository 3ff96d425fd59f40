export type DensityName = "comfortable" | "compact";

/** Sizes that tighten in the compact density: table rows and cells, controls, card padding. */
export interface DensityTokens {
  rowHeight: string;
  cellPaddingX: string;
  cellPaddingY: string;
  controlHeight: string;
  cardPadding: string;
}

export const density: Record<DensityName, DensityTokens> = {
  comfortable: {
    rowHeight: "3rem",
    cellPaddingX: "1rem",
    cellPaddingY: "0.75rem",
    controlHeight: "2.25rem",
    cardPadding: "1.5rem",
  },
  compact: {
    rowHeight: "2.25rem",
    cellPaddingX: "0.75rem",
    cellPaddingY: "0.375rem",
    controlHeight: "2rem",
    cardPadding: "1rem",
  },
};
