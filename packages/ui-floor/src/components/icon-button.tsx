import type { IconButtonProps } from "@payout-styles/ui-core";
import { Tooltip } from "./tooltip";

// variant, size and className are looks: taken out so they never reach the DOM.
export function IconButton({
  label,
  icon,
  variant: _variant,
  size: _size,
  className: _className,
  type = "button",
  ...props
}: IconButtonProps) {
  return (
    <Tooltip content={label}>
      <button type={type} aria-label={label} {...props}>
        {icon}
      </button>
    </Tooltip>
  );
}
