import type { PageHeaderProps } from "@payout-styles/ui-core";
import styled from "styled-components";
import { textSize, trackingTight } from "../styles/mixins";
import { theme } from "../styles/theme";

const Header = styled.header`
  margin-bottom: ${theme.spacing["6"]};
  display: flex;
  flex-direction: column;
  gap: ${theme.spacing["3"]};
`;

const TitleRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-start;
  justify-content: space-between;
  column-gap: ${theme.spacing["6"]};
  row-gap: ${theme.spacing["3"]};
`;

const TitleBlock = styled.div`
  display: flex;
  min-width: 0;
  flex-direction: column;
  gap: ${theme.spacing["1"]};
`;

const Title = styled.h1`
  ${textSize("2xl")}
  font-weight: ${theme.fontWeight.semibold};
  ${trackingTight}
  color: ${theme.color.fg};
`;

const Description = styled.div`
  ${textSize("sm")}
  color: ${theme.color.fgMuted};
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${theme.spacing["2"]};
`;

export function PageHeader({ title, description, breadcrumbs, actions }: PageHeaderProps) {
  return (
    <Header>
      {breadcrumbs}
      <TitleRow>
        <TitleBlock>
          <Title>{title}</Title>
          {description && <Description>{description}</Description>}
        </TitleBlock>
        {actions && <Actions>{actions}</Actions>}
      </TitleRow>
    </Header>
  );
}
