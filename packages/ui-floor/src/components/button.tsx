import type { ButtonProps } from "@payout-styles/ui-core";
import type { MouseEvent } from "react";
import { Spinner } from "./icons";

function ignorePress(event: MouseEvent<HTMLButtonElement>) {
  event.preventDefault();
}

// variant, size and className are looks: taken out so they never reach the DOM.
export function Button({
  variant: _variant,
  size: _size,
  className: _className,
  pending = false,
  icon,
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
      {...props}
    >
      {pending ? <Spinner /> : icon}
      {children}
    </button>
  );
}
