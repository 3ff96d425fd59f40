import type { ButtonProps } from "@payout-styles/ui-core";
import { cva } from "class-variance-authority";
import type { MouseEvent } from "react";
import { cn } from "../lib/cn";
import { Spinner } from "./icons";

export const buttonVariants = cva(
  "inline-flex shrink-0 items-center justify-center gap-2 rounded-md text-sm font-medium whitespace-nowrap transition-colors select-none focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus-ring disabled:pointer-events-none disabled:opacity-50 aria-busy:cursor-progress",
  {
    variants: {
      variant: {
        primary: "bg-accent text-accent-fg shadow-sm hover:bg-accent-hover active:shadow-none",
        secondary:
          "border border-border-strong bg-surface text-fg shadow-sm hover:bg-surface-hover active:bg-border",
        ghost: "text-fg hover:bg-surface-hover active:bg-border",
        danger: "bg-danger-fg text-surface shadow-sm hover:bg-danger-fg/90 active:shadow-none",
      },
      // Phones get a 40–44 px touch target; from `sm` up the control height follows density.
      size: {
        sm: "h-10 px-3 sm:h-8",
        md: "h-11 px-4 sm:h-(--spacing-control-height)",
      },
    },
    defaultVariants: { variant: "primary", size: "md" },
  },
);

function ignorePress(event: MouseEvent<HTMLButtonElement>) {
  event.preventDefault();
}

export function Button({
  variant,
  size,
  pending = false,
  icon,
  className,
  type = "button",
  onClick,
  children,
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      aria-busy={pending || undefined}
      // Stays focusable while pending (focus is not lost mid-action) but a press does nothing.
      onClick={pending ? ignorePress : onClick}
      className={cn(buttonVariants({ variant, size }), className)}
      {...props}
    >
      {pending ? <Spinner className="motion-safe:animate-spin" /> : icon}
      {children}
    </button>
  );
}
