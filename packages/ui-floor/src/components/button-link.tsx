"use client";
import type { ButtonLinkProps } from "@payout-styles/ui-core";
import { useNavigation } from "@payout-styles/ui-core/client";

// The variants and className are looks: taken out so they never reach the DOM.
export function ButtonLink({
  buttonVariant: _buttonVariant,
  size: _size,
  icon,
  external = false,
  variant: _linkVariant,
  prefetch,
  className: _className,
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
    return <a {...props}>{content}</a>;
  }
  return (
    <NavigationLink prefetch={prefetch} {...props}>
      {content}
    </NavigationLink>
  );
}
