"use client";
// The client part of the shell: the current page comes from the navigation provider's pathname.
import { appShellLabels, isNavItemCurrent, type NavItem } from "@payout-styles/ui-core";
import { useNavigation } from "@payout-styles/ui-core/client";
import { Link } from "./link";

interface SideNavProps {
  items: readonly NavItem[];
  /** Called when a link is followed (the phone drawer closes). */
  onNavigate?: () => void;
}

export function SideNav({ items, onNavigate }: SideNavProps) {
  const { pathname } = useNavigation();
  return (
    <nav aria-label={appShellLabels.primaryNav}>
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={isNavItemCurrent(item, pathname) ? "page" : undefined}
              onClick={onNavigate}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
