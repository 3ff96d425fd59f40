import type { ButtonProps } from "@payout-styles/ui-core";
import type { MouseEvent } from "react";
import { classNames } from "../styles/class-names";
import { button, spinner } from "./button.css";
import { Spinner } from "./icons";

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
      className={classNames(button({ variant, size }), className)}
      {...props}
    >
      {pending ? <Spinner className={spinner} /> : icon}
      {children}
    </button>
  );
}
