import type { ButtonProps, ButtonSize, ButtonVariant } from "@payout-styles/ui-core";
import type { MouseEvent } from "react";
import styled, { css, type RuleSet } from "styled-components";
import {
  focusRing,
  onHover,
  spinWhenMotionSafe,
  textSize,
  transitionColors,
} from "../styles/mixins";
import { media, theme } from "../styles/theme";
import { Spinner } from "./icons";

export interface ButtonStyleProps {
  $variant?: ButtonVariant | undefined;
  $size?: ButtonSize | undefined;
}

const variantStyles: Record<ButtonVariant, RuleSet> = {
  primary: css`
    background-color: ${theme.color.accent};
    color: ${theme.color.accentFg};
    box-shadow: ${theme.shadow.sm};
    ${onHover(css`
      background-color: ${theme.color.accentHover};
    `)}
    &:active {
      box-shadow: none;
    }
  `,
  secondary: css`
    border-width: 1px;
    border-style: solid;
    border-color: ${theme.color.borderStrong};
    background-color: ${theme.color.surface};
    color: ${theme.color.fg};
    box-shadow: ${theme.shadow.sm};
    ${onHover(css`
      background-color: ${theme.color.surfaceHover};
    `)}
    &:active {
      background-color: ${theme.color.border};
    }
  `,
  ghost: css`
    color: ${theme.color.fg};
    ${onHover(css`
      background-color: ${theme.color.surfaceHover};
    `)}
    &:active {
      background-color: ${theme.color.border};
    }
  `,
  danger: css`
    background-color: ${theme.color.danger.fg};
    color: ${theme.color.surface};
    box-shadow: ${theme.shadow.sm};
    ${onHover(css`
      background-color: color-mix(in oklab, ${theme.color.danger.fg} 90%, transparent);
    `)}
    &:active {
      box-shadow: none;
    }
  `,
};

// Phones get a 40–44 px touch target; from `sm` up the control height follows density.
const sizeStyles: Record<ButtonSize, RuleSet> = {
  sm: css`
    height: ${theme.spacing["10"]};
    padding-inline: ${theme.spacing["3"]};
    @media ${media.sm} {
      height: ${theme.spacing["8"]};
    }
  `,
  md: css`
    height: 2.75rem;
    padding-inline: ${theme.spacing["4"]};
    @media ${media.sm} {
      height: ${theme.density.controlHeight};
    }
  `,
};

/** The button look (Tailwind's `buttonVariants`), for anything that should look like a button. */
export const buttonStyles = css<ButtonStyleProps>`
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  gap: ${theme.spacing["2"]};
  border-radius: ${theme.radius.md};
  ${textSize("sm")}
  font-weight: ${theme.fontWeight.medium};
  white-space: nowrap;
  ${transitionColors}
  user-select: none;
  ${({ $size = "md" }) => sizeStyles[$size]}
  ${({ $variant = "primary" }) => variantStyles[$variant]}
  ${focusRing}
  &:disabled {
    pointer-events: none;
    opacity: 0.5;
  }
  &[aria-busy="true"] {
    cursor: progress;
  }
`;

const StyledButton = styled.button<ButtonStyleProps>`
  ${buttonStyles}
`;

const BusySpinner = styled(Spinner)`
  ${spinWhenMotionSafe}
`;

function ignorePress(event: MouseEvent<HTMLButtonElement>) {
  event.preventDefault();
}

export function Button({
  variant,
  size,
  pending = false,
  icon,
  type = "button",
  onClick,
  children,
  ...props
}: ButtonProps) {
  return (
    <StyledButton
      type={type}
      aria-busy={pending || undefined}
      // Stays focusable while pending (focus is not lost mid-action) but a press does nothing.
      onClick={pending ? ignorePress : onClick}
      $variant={variant}
      $size={size}
      {...props}
    >
      {pending ? <BusySpinner /> : icon}
      {children}
    </StyledButton>
  );
}
