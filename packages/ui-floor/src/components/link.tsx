"use client";
import type { LinkProps } from "@payout-styles/ui-core";
import { useNavigation } from "@payout-styles/ui-core/client";

// variant and className are looks: taken out so they never reach the DOM.
export function Link({ variant: _variant, className: _className, ...props }: LinkProps) {
  const { Link: NavigationLink } = useNavigation();
  return <NavigationLink {...props} />;
}
