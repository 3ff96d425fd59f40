import type { IconButtonProps } from "@payout-styles/ui-core";
import { cva } from "class-variance-authority";
import { cn } from "../lib/cn";
import { buttonVariants } from "./button";
import { Tooltip } from "./tooltip";

const iconButtonSizes = cva("px-0", {
  variants: {
    size: {
      sm: "size-10 sm:size-8",
      md: "size-11 sm:size-(--spacing-control-height)",
    },
  },
  defaultVariants: { size: "md" },
});

export function IconButton({
  label,
  icon,
  variant = "ghost",
  size,
  className,
  type = "button",
  ...props
}: IconButtonProps) {
  return (
    <Tooltip content={label}>
      <button
        type={type}
        aria-label={label}
        className={cn(buttonVariants({ variant, size }), iconButtonSizes({ size }), className)}
        {...props}
      >
        {icon}
      </button>
    </Tooltip>
  );
}
