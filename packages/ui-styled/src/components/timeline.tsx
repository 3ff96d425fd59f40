import { statusToneIcon, type TimelineProps, type Tone } from "@payout-styles/ui-core";
import styled from "styled-components";
import { tabularNums, textSize } from "../styles/mixins";
import { theme } from "../styles/theme";
import { ToneIcon } from "./tone-icon";

const Steps = styled.ol`
  display: flex;
  flex-direction: column;
`;

const Step = styled.li`
  position: relative;
  display: flex;
  gap: ${theme.spacing["3"]};
  padding-bottom: ${theme.spacing["6"]};
  &:last-child {
    padding-bottom: 0;
  }
`;

const Connector = styled.span`
  position: absolute;
  top: 1.75rem;
  bottom: ${theme.spacing["1"]};
  left: ${theme.spacing["3"]};
  width: 1px;
  background-color: color-mix(in oklab, ${theme.color.borderStrong} 40%, transparent);
`;

const Marker = styled.span<{ $tone: Tone }>`
  position: relative;
  display: flex;
  width: ${theme.spacing["6"]};
  height: ${theme.spacing["6"]};
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  border-radius: ${theme.radius.full};
  background-color: ${({ $tone }) => theme.color[$tone].bg};
  color: ${({ $tone }) => theme.color[$tone].fg};
`;

const MarkerIcon = styled(ToneIcon)`
  width: 0.875rem;
  height: 0.875rem;
`;

const StepText = styled.div`
  display: flex;
  min-width: 0;
  flex: 1;
  flex-direction: column;
  gap: ${theme.spacing["0.5"]};
  padding-top: ${theme.spacing["0.5"]};
`;

const StepHeading = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  justify-content: space-between;
  column-gap: ${theme.spacing["4"]};
  row-gap: ${theme.spacing["0.5"]};
`;

const StepTitle = styled.span`
  ${textSize("sm")}
  font-weight: ${theme.fontWeight.medium};
  color: ${theme.color.fg};
`;

const StepTime = styled.time`
  ${textSize("xs")}
  color: ${theme.color.fgMuted};
  ${tabularNums}
`;

const StepDescription = styled.div`
  ${textSize("sm")}
  color: ${theme.color.fgMuted};
`;

export function Timeline({ label, items }: TimelineProps) {
  return (
    <Steps aria-label={label}>
      {items.map((item, index) => {
        const isLast = index === items.length - 1;
        return (
          <Step key={item.id}>
            {!isLast && <Connector aria-hidden="true" />}
            <Marker $tone={item.tone}>
              {/* The icon repeats the tone in shape; the title says it in words. */}
              <MarkerIcon name={statusToneIcon[item.tone]} />
            </Marker>
            <StepText>
              <StepHeading>
                <StepTitle>{item.title}</StepTitle>
                <StepTime dateTime={item.dateTime}>{item.time}</StepTime>
              </StepHeading>
              {item.description && <StepDescription>{item.description}</StepDescription>}
            </StepText>
          </Step>
        );
      })}
    </Steps>
  );
}
