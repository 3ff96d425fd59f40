"use client";
import type { LinkProps } from "@payout-styles/ui-core";
import { useNavigation } from "@payout-styles/ui-core/client";
import styled, { css, type RuleSet } from "styled-components";
import { focusRing, onHover, transitionColors } from "../styles/mixins";
import { theme } from "../styles/theme";

type LinkVariant = NonNullable<LinkProps["variant"]>;

const variantStyles: Record<LinkVariant, RuleSet> = {
  inline: css`
    font-weight: ${theme.fontWeight.medium};
    color: ${theme.color.link};
    text-decoration-line: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 2px;
    ${onHover(css`
      text-decoration-thickness: 2px;
    `)}
  `,
  subtle: css`
    color: ${theme.color.fgMuted};
    text-decoration-line: none;
    ${onHover(css`
      color: ${theme.color.fg};
      text-decoration-line: underline;
    `)}
  `,
};

const StyledLink = styled.a<{ $variant: LinkVariant }>`
  border-radius: ${theme.radius.xs};
  ${transitionColors}
  ${({ $variant }) => variantStyles[$variant]}
  ${focusRing}
`;

export function Link({ variant = "inline", ...props }: LinkProps) {
  const { Link: NavigationLink } = useNavigation();
  return <StyledLink as={NavigationLink} $variant={variant} {...props} />;
}
