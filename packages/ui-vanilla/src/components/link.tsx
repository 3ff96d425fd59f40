"use client";
import type { LinkProps } from "@payout-styles/ui-core";
import { useNavigation } from "@payout-styles/ui-core/client";
import { classNames } from "../styles/class-names";
import { link } from "./link.css";

export function Link({ variant, className, ...props }: LinkProps) {
  const { Link: NavigationLink } = useNavigation();
  return <NavigationLink className={classNames(link({ variant }), className)} {...props} />;
}
