// The app shell: skip link, side navigation, top bar with the seller's name, the theme and
// density toggles and sign-out; the main landmark. The current page (aria-current) comes from the
// navigation provider's pathname.
import type { ReactNode } from "react";

export interface NavItem {
  href: string;
  label: string;
  /** Matches this path prefix for aria-current (default: exact href). */
  match?: "exact" | "prefix";
}

export interface AppShellProps {
  sellerName: string;
  navItems: readonly NavItem[];
  /** The sign-out form's action (a server action or URL). */
  signOutAction: string | ((formData: FormData) => void | Promise<void>);
  children: ReactNode;
}

export interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  breadcrumbs?: ReactNode;
  actions?: ReactNode;
}
