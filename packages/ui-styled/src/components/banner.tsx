import { type BannerProps, messageToneIcon } from "@payout-styles/ui-core";
import { useId } from "react";
import styled from "styled-components";
import { spaceY, textSize } from "../styles/mixins";
import { media, theme } from "../styles/theme";
import { ToneIcon } from "./tone-icon";

type MessageTone = BannerProps["tone"];

// A region named by its title rather than a live region: banners arrive with the page (a missing
// bank account, a failed payout), and role="alert"/"status" only announce changes after load, or
// interrupt on every navigation. As a landmark the banner is listed and reachable instead.
const BannerRoot = styled.section<{ $tone: MessageTone }>`
  display: flex;
  flex-direction: column;
  gap: ${theme.spacing["3"]};
  border-radius: ${theme.radius.lg};
  border: 1px solid
    color-mix(in oklab, ${({ $tone }) => theme.color[$tone].fg} 30%, transparent);
  background-color: ${({ $tone }) => theme.color[$tone].bg};
  padding: ${theme.spacing["4"]};
  color: ${theme.color.fg};
  @media ${media.sm} {
    flex-direction: row;
    align-items: flex-start;
  }
`;

const BannerMain = styled.div`
  display: flex;
  min-width: 0;
  flex: 1;
  gap: ${theme.spacing["3"]};
`;

const BannerIcon = styled(ToneIcon)<{ $tone: MessageTone }>`
  margin-top: ${theme.spacing["0.5"]};
  width: ${theme.spacing["5"]};
  height: ${theme.spacing["5"]};
  color: ${({ $tone }) => theme.color[$tone].fg};
`;

const BannerText = styled.div`
  min-width: 0;
  ${spaceY("1")}
`;

const BannerTitle = styled.h2`
  ${textSize("sm")}
  font-weight: ${theme.fontWeight.semibold};
  color: ${theme.color.fg};
`;

const BannerBody = styled.div`
  ${textSize("sm")}
  color: ${theme.color.fg};
`;

const BannerAction = styled.div`
  display: flex;
  flex-shrink: 0;
  align-items: center;
  gap: ${theme.spacing["2"]};
  padding-inline-start: ${theme.spacing["8"]};
  @media ${media.sm} {
    padding-inline-start: 0;
  }
`;

export function Banner({ tone, title, children, action }: BannerProps) {
  const titleId = useId();
  return (
    <BannerRoot aria-labelledby={titleId} data-tone={tone} $tone={tone}>
      <BannerMain>
        <BannerIcon name={messageToneIcon[tone]} $tone={tone} />
        <BannerText>
          <BannerTitle id={titleId}>{title}</BannerTitle>
          {children && <BannerBody>{children}</BannerBody>}
        </BannerText>
      </BannerMain>
      {action && <BannerAction>{action}</BannerAction>}
    </BannerRoot>
  );
}
