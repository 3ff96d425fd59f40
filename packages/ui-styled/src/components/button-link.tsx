"use client";
import type { ButtonLinkProps } from "@payout-styles/ui-core";
import { useNavigation } from "@payout-styles/ui-core/client";
import styled from "styled-components";
import { type ButtonStyleProps, buttonStyles } from "./button";

const ButtonAnchor = styled.a<ButtonStyleProps>`
  ${buttonStyles}
`;

export function ButtonLink({
  buttonVariant,
  size,
  icon,
  external = false,
  variant: _linkVariant,
  prefetch,
  children,
  ...props
}: ButtonLinkProps) {
  const { Link: NavigationLink } = useNavigation();
  const content = (
    <>
      {icon}
      {children}
    </>
  );
  if (external) {
    return (
      <ButtonAnchor $variant={buttonVariant} $size={size} {...props}>
        {content}
      </ButtonAnchor>
    );
  }
  return (
    // The provider's link (next/link in the app) renders the anchor; this kit gives it the look.
    <ButtonAnchor
      as={NavigationLink}
      $variant={buttonVariant}
      $size={size}
      prefetch={prefetch}
      {...props}
    >
      {content}
    </ButtonAnchor>
  );
}
