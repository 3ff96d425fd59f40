// Buttons and links: what a user presses. Kits style them; the props say what they do.
import type { AnchorHTMLAttributes, ButtonHTMLAttributes, ReactNode } from "react";

export const buttonVariantNames = ["primary", "secondary", "ghost", "danger"] as const;
export type ButtonVariant = (typeof buttonVariantNames)[number];
export const buttonSizes = ["sm", "md"] as const;
export type ButtonSize = (typeof buttonSizes)[number];

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Shows a busy state and sets aria-busy; the button stays focusable but ignores presses. */
  pending?: boolean;
  /** An icon before the label. */
  icon?: ReactNode;
}

export interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, "children"> {
  /** The accessible name (aria-label); also shown as the tooltip. */
  label: string;
  icon: ReactNode;
  variant?: Exclude<ButtonVariant, "primary">;
  size?: ButtonSize;
}

/** In-app link. Rendered through the navigation provider's link (client-side navigation). */
export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> {
  href: string;
  /** "inline" is underlined text in a sentence or a cell; "subtle" is a navigation-style link. */
  variant?: "inline" | "subtle";
  /** Prefetch when the link is visible (client navigation only). */
  prefetch?: boolean;
}

/** A link that looks like a button (e.g. "Export CSV", "Go to settings"). */
export interface ButtonLinkProps extends LinkProps {
  buttonVariant?: ButtonVariant;
  size?: ButtonSize;
  icon?: ReactNode;
  /** A plain document link (download, route handler) rather than client navigation. */
  external?: boolean;
}
