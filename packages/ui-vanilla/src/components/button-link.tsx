"use client";
import type { ButtonLinkProps } from "@payout-styles/ui-core";
import { useNavigation } from "@payout-styles/ui-core/client";
import { classNames } from "../styles/class-names";
import { button } from "./button.css";

export function ButtonLink({
  buttonVariant,
  size,
  icon,
  external = false,
  variant: _linkVariant,
  prefetch,
  className,
  children,
  ...props
}: ButtonLinkProps) {
  const { Link: NavigationLink } = useNavigation();
  const classes = classNames(button({ variant: buttonVariant, size }), className);
  const content = (
    <>
      {icon}
      {children}
    </>
  );
  if (external) {
    return (
      <a className={classes} {...props}>
        {content}
      </a>
    );
  }
  return (
    <NavigationLink className={classes} prefetch={prefetch} {...props}>
      {content}
    </NavigationLink>
  );
}
