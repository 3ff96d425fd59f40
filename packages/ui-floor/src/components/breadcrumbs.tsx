import { appShellLabels, type BreadcrumbsProps } from "@payout-styles/ui-core";
import { ChevronRight } from "./icons";
import { Link } from "./link";

export function Breadcrumbs({ items }: BreadcrumbsProps) {
  return (
    <nav aria-label={appShellLabels.breadcrumb}>
      <ol>
        {items.map((item, index) => {
          const isCurrent = index === items.length - 1;
          return (
            <li key={index}>
              {item.href && !isCurrent ? (
                <Link href={item.href}>{item.label}</Link>
              ) : (
                <span aria-current={isCurrent ? "page" : undefined}>{item.label}</span>
              )}
              {!isCurrent && <ChevronRight />}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
