// The app shell's contract: the names a user (and the e2e suite) finds the shell's landmarks and
// controls by, and the dashboard's navigation.
import type { NavItem } from "../components/shell";

export const appShellLabels = {
  productName: "Seller payouts",
  skipLink: "Skip to content",
  primaryNav: "Main",
  openNav: "Open menu",
  closeNav: "Close menu",
  /** The phone menu's title (a drawer with the navigation and the preferences). */
  menu: "Menu",
  signOut: "Sign out",
  breadcrumb: "Breadcrumb",
} as const;

export const dashboardNavItems: readonly NavItem[] = [
  { href: "/", label: "Overview", match: "exact" },
  { href: "/payouts", label: "Payouts", match: "prefix" },
  { href: "/activity", label: "Balance activity", match: "prefix" },
  { href: "/settings", label: "Settings", match: "prefix" },
];

/** Whether a navigation item is the current page (aria-current="page") at `pathname`. */
export function isNavItemCurrent(item: NavItem, pathname: string): boolean {
  if (item.match !== "prefix") return pathname === item.href;
  return pathname === item.href || pathname.startsWith(`${item.href}/`);
}
