// The table's look, shared by DataTable and TableSkeleton so a loading table has the exact shape
// of the loaded one.
import styled, { css, type RuleSet } from "styled-components";
import { focusRing, onHover, tabularNums, textSize, visuallyHidden } from "../styles/mixins";
import { media, theme } from "../styles/theme";

// Phones get a scroll container with a sticky first column rather than cards: one markup at
// every width keeps the real <table> (caption, aria-sort, row headers) for screen readers and
// tests alike, and a seller comparing amounts keeps them in columns. The container also bounds
// the height, so the header can stick while the rows scroll (a page-level sticky header cannot
// work inside a horizontally scrolling box).
export const TableScroll = styled.section`
  isolation: isolate;
  max-height: 80dvh;
  overflow: auto;
  overscroll-behavior-x: contain;
  ${focusRing}
`;

export const Table = styled.table`
  width: 100%;
  border-collapse: separate;
  border-spacing: 0;
  color: ${theme.color.fg};
  ${textSize("sm")}
`;

export const Caption = styled.caption<{ $hidden: boolean }>`
  text-align: left;
  ${({ $hidden }) =>
    $hidden
      ? visuallyHidden
      : css`
          padding: ${theme.spacing["3"]} ${theme.density.cellPaddingX};
          ${textSize("base")}
          font-weight: ${theme.fontWeight.semibold};
          color: ${theme.color.fg};
        `}
`;

export const TableHead = styled.thead`
  position: sticky;
  top: 0;
  z-index: ${theme.zIndex.sticky};
  background-color: ${theme.color.surfaceMuted};
`;

// The container (a card, usually) draws the bottom edge.
export const TableBody = styled.tbody`
  & > tr:last-child > * {
    border-bottom-width: 0;
  }
`;

export const Row = styled.tr`
  height: ${theme.density.rowHeight};
`;

/** A body row that highlights on hover, its sticky cells with it. */
export const HoverRow = styled(Row)`
  ${onHover(css`
    background-color: ${theme.color.surfaceHover};
  `)}
`;

export type CellKind = "header" | "rowHeader" | "data";

interface CellStyleProps {
  $kind?: CellKind;
  $numeric?: boolean;
  $sticky?: boolean;
}

const highlightWithRow = css`
  @media ${media.hover} {
    ${HoverRow}:hover > & {
      background-color: ${theme.color.surfaceHover};
    }
  }
`;

const kindStyles: Record<CellKind, RuleSet> = {
  header: css`
    height: ${theme.density.controlHeight};
    background-color: ${theme.color.surfaceMuted};
    padding-block: 0;
    ${textSize("xs")}
    font-weight: ${theme.fontWeight.medium};
    color: ${theme.color.fgMuted};
  `,
  rowHeader: css`
    background-color: ${theme.color.surface};
    font-weight: ${theme.fontWeight.medium};
    ${highlightWithRow}
  `,
  data: css``,
};

export const Cell = styled.td<CellStyleProps>`
  border-bottom: 1px solid ${theme.color.border};
  padding: ${theme.density.cellPaddingY} ${theme.density.cellPaddingX};
  vertical-align: middle;
  white-space: nowrap;
  ${({ $kind = "data" }) => kindStyles[$kind]}
  ${({ $numeric = false }) =>
    $numeric
      ? css`
          text-align: right;
          ${tabularNums}
        `
      : "text-align: left;"}
  ${({ $sticky = false, $kind = "data" }) =>
    $sticky &&
    // The first column stays in view while the others scroll under it; the divider shows
    // where they slide, on the widths where they do.
    css`
      position: sticky;
      left: 0;
      @media (width < ${theme.breakpoint.md}) {
        border-right: 1px solid ${theme.color.border};
      }
      ${
        $kind === "data" &&
        css`
        background-color: ${theme.color.surface};
        ${highlightWithRow}
      `
      }
    `}
`;
