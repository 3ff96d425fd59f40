import type { StatProps } from "@payout-styles/ui-core";
import styled from "styled-components";
import { tabularNums, textSize, trackingTight } from "../styles/mixins";
import { theme } from "../styles/theme";

const StatList = styled.dl`
  display: flex;
  min-width: 0;
  flex-direction: column;
  gap: ${theme.spacing["1"]};
`;

const StatLabel = styled.dt`
  ${textSize("sm")}
  font-weight: ${theme.fontWeight.medium};
  color: ${theme.color.fgMuted};
`;

const StatValue = styled.dd`
  ${textSize("2xl")}
  font-weight: ${theme.fontWeight.semibold};
  ${trackingTight}
  color: ${theme.color.fg};
  ${tabularNums}
`;

const StatHint = styled.dd`
  ${textSize("sm")}
  color: ${theme.color.fgMuted};
`;

// A description list of its own: the label is the term, the value and hint describe it.
export function Stat({ label, value, hint, name }: StatProps) {
  return (
    <StatList data-stat={name}>
      <StatLabel>{label}</StatLabel>
      <StatValue>{value}</StatValue>
      {hint && <StatHint>{hint}</StatHint>}
    </StatList>
  );
}
