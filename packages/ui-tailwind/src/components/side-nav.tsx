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
      <ul className="flex flex-col gap-0.5">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              variant="subtle"
              aria-current={isNavItemCurrent(item, pathname) ? "page" : undefined}
              onClick={onNavigate}
              className="flex h-10 items-center rounded-md px-3 text-sm font-medium hover:bg-surface-hover hover:no-underline aria-[current=page]:bg-accent-subtle aria-[current=page]:font-semibold aria-[current=page]:text-fg md:h-9"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
