"use client";
import type { LinkProps } from "@payout-styles/ui-core";
import { useNavigation } from "@payout-styles/ui-core/client";
import { cva } from "class-variance-authority";
import { cn } from "../lib/cn";

export const linkVariants = cva(
  "rounded-xs transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus-ring",
  {
    variants: {
      variant: {
        inline:
          "font-medium text-link underline decoration-1 underline-offset-2 hover:decoration-2",
        subtle: "text-fg-muted no-underline hover:text-fg hover:underline",
      },
    },
    defaultVariants: { variant: "inline" },
  },
);

export function Link({ variant, className, ...props }: LinkProps) {
  const { Link: NavigationLink } = useNavigation();
  return <NavigationLink className={cn(linkVariants({ variant }), className)} {...props} />;
}
