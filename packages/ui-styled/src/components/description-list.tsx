import type { DescriptionListProps } from "@payout-styles/ui-core";
import styled, { css } from "styled-components";
import { tabularNums, textSize } from "../styles/mixins";
import { media, theme } from "../styles/theme";

type Layout = NonNullable<DescriptionListProps["layout"]>;

const List = styled.dl`
  ${textSize("sm")}
  :where(& > :not(:last-child)) {
    border-top-width: 0;
    border-bottom-width: 1px;
    border-style: solid;
    border-color: ${theme.color.border};
  }
`;

const Row = styled.div<{ $layout: Layout }>`
  padding-block: ${theme.spacing["3"]};
  display: flex;
  flex-direction: column;
  gap: ${theme.spacing["1"]};
  ${({ $layout }) =>
    $layout === "inline" &&
    // Side by side from `sm` up: on a phone a long term and its detail do not fit one row.
    css`
      @media ${media.sm} {
        display: grid;
        grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
        gap: ${theme.spacing["4"]};
      }
    `}
`;

const Term = styled.dt`
  color: ${theme.color.fgMuted};
`;

const Detail = styled.dd<{ $numeric: boolean; $layout: Layout }>`
  min-width: 0;
  overflow-wrap: break-word;
  color: ${theme.color.fg};
  ${({ $numeric }) => $numeric && tabularNums}
  ${({ $numeric, $layout }) =>
    $numeric &&
    $layout === "inline" &&
    css`
      @media ${media.sm} {
        text-align: right;
      }
    `}
`;

export function DescriptionList({ items, layout = "inline" }: DescriptionListProps) {
  return (
    <List>
      {items.map((item, index) => (
        <Row key={index} $layout={layout}>
          <Term>{item.term}</Term>
          <Detail $numeric={item.numeric ?? false} $layout={layout}>
            {item.detail}
          </Detail>
        </Row>
      ))}
    </List>
  );
}
