import type { EmptyStateProps } from "@payout-styles/ui-core";
import styled from "styled-components";
import { spaceY, textSize } from "../styles/mixins";
import { theme } from "../styles/theme";
import { Search } from "./icons";

const Root = styled.div`
  display: flex;
  flex-direction: column;
  align-items: center;
  gap: ${theme.spacing["3"]};
  padding: ${theme.spacing["12"]} ${theme.spacing["4"]};
  text-align: center;
`;

const IconDisc = styled.span`
  display: flex;
  width: ${theme.spacing["10"]};
  height: ${theme.spacing["10"]};
  align-items: center;
  justify-content: center;
  border-radius: ${theme.radius.full};
  background-color: ${theme.color.surfaceMuted};
  color: ${theme.color.fgMuted};
`;

const DiscIcon = styled(Search)`
  width: ${theme.spacing["5"]};
  height: ${theme.spacing["5"]};
`;

const Text = styled.div`
  max-width: 24rem;
  ${spaceY("1")}
`;

const Title = styled.p`
  ${textSize("base")}
  font-weight: ${theme.fontWeight.semibold};
  color: ${theme.color.fg};
`;

const Description = styled.p`
  ${textSize("sm")}
  color: ${theme.color.fgMuted};
`;

const Actions = styled.div`
  margin-top: ${theme.spacing["1"]};
  display: flex;
  flex-wrap: wrap;
  justify-content: center;
  gap: ${theme.spacing["2"]};
`;

export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <Root>
      <IconDisc>
        <DiscIcon />
      </IconDisc>
      <Text>
        <Title>{title}</Title>
        {description && <Description>{description}</Description>}
      </Text>
      {action && <Actions>{action}</Actions>}
    </Root>
  );
}
