import { type StatusBadgeProps, statusToneIcon, type Tone } from "@payout-styles/ui-core";
import styled from "styled-components";
import { textSize } from "../styles/mixins";
import { theme } from "../styles/theme";
import { ToneIcon } from "./tone-icon";

const Badge = styled.span<{ $tone: Tone }>`
  display: inline-flex;
  align-items: center;
  gap: ${theme.spacing["1"]};
  border-radius: ${theme.radius.full};
  padding-block: ${theme.spacing["0.5"]};
  padding-inline-start: ${theme.spacing["1.5"]};
  padding-inline-end: ${theme.spacing["2"]};
  ${textSize("xs")}
  font-weight: ${theme.fontWeight.medium};
  white-space: nowrap;
  background-color: ${({ $tone }) => theme.color[$tone].bg};
  color: ${({ $tone }) => theme.color[$tone].fg};
`;

const BadgeIcon = styled(ToneIcon)`
  width: 0.875rem;
  height: 0.875rem;
`;

export function StatusBadge({ tone, children }: StatusBadgeProps) {
  return (
    <Badge data-tone={tone} $tone={tone}>
      <BadgeIcon name={statusToneIcon[tone]} />
      {children}
    </Badge>
  );
}
