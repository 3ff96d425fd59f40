import type { ButtonSize, IconButtonProps } from "@payout-styles/ui-core";
import styled, { css, type RuleSet } from "styled-components";
import { media, theme } from "../styles/theme";
import { type ButtonStyleProps, buttonStyles } from "./button";
import { Tooltip } from "./tooltip";

const squareSizes: Record<ButtonSize, RuleSet> = {
  sm: css`
    width: ${theme.spacing["10"]};
    height: ${theme.spacing["10"]};
    @media ${media.sm} {
      width: ${theme.spacing["8"]};
      height: ${theme.spacing["8"]};
    }
  `,
  md: css`
    width: 2.75rem;
    height: 2.75rem;
    @media ${media.sm} {
      width: ${theme.density.controlHeight};
      height: ${theme.density.controlHeight};
    }
  `,
};

const SquareButton = styled.button<ButtonStyleProps>`
  ${buttonStyles}
  padding-inline: 0;
  ${({ $size = "md" }) => squareSizes[$size]}
`;

export function IconButton({
  label,
  icon,
  variant = "ghost",
  size,
  type = "button",
  ...props
}: IconButtonProps) {
  return (
    <Tooltip content={label}>
      <SquareButton type={type} aria-label={label} $variant={variant} $size={size} {...props}>
        {icon}
      </SquareButton>
    </Tooltip>
  );
}
