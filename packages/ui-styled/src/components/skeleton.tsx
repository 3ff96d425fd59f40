import type { SkeletonProps } from "@payout-styles/ui-core";
import styled, { css } from "styled-components";
import { pulseWhenMotionSafe, visuallyHidden } from "../styles/mixins";
import { theme } from "../styles/theme";

const Block = styled.span`
  display: block;
`;

// Without a height, a bar takes one text line and fills its middle, like the text it stands for.
const BarSlot = styled.span<{ $lineHeight: boolean }>`
  display: block;
  ${({ $lineHeight }) =>
    $lineHeight &&
    css`
      height: 1lh;
      padding-block: 0.2lh;
    `}
`;

const Bar = styled.span`
  display: block;
  height: 100%;
  border-radius: ${theme.radius.sm};
  background-color: ${theme.color.skeleton};
  ${pulseWhenMotionSafe}
`;

const HiddenLabel = styled.span`
  ${visuallyHidden}
`;

export function Skeleton({ width, height, lines = 1, label }: SkeletonProps) {
  const bars = Array.from({ length: lines }, (_, index) => {
    const isShortLastLine = lines > 1 && index === lines - 1 && width === undefined;
    return (
      <BarSlot
        key={index}
        aria-hidden="true"
        $lineHeight={height === undefined}
        style={{ width: isShortLastLine ? "60%" : (width ?? "100%"), height }}
      >
        <Bar />
      </BarSlot>
    );
  });
  if (label === undefined) return <Block>{bars}</Block>;
  return (
    <Block role="status" aria-label={label}>
      <HiddenLabel>{label}</HiddenLabel>
      {bars}
    </Block>
  );
}
