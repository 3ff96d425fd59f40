import type { IconButtonProps } from "@payout-styles/ui-core";
import { classNames } from "../styles/class-names";
import { button, iconOnly } from "./button.css";
import { Tooltip } from "./tooltip";

export function IconButton({
  label,
  icon,
  variant = "ghost",
  size = "md",
  className,
  type = "button",
  ...props
}: IconButtonProps) {
  return (
    <Tooltip content={label}>
      <button
        type={type}
        aria-label={label}
        className={classNames(button({ variant, size }), iconOnly[size], className)}
        {...props}
      >
        {icon}
      </button>
    </Tooltip>
  );
}
