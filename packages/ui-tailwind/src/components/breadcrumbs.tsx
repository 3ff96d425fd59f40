import { appShellLabels, type BreadcrumbsProps } from "@payout-styles/ui-core";
import { ChevronRight } from "./icons";
import { Link } from "./link";

export function Breadcrumbs({ items }: BreadcrumbsProps) {
  return (
    <nav aria-label={appShellLabels.breadcrumb}>
      <ol className="flex flex-wrap items-center gap-1.5 text-sm text-fg-muted">
        {items.map((item, index) => {
          const isCurrent = index === items.length - 1;
          return (
            <li key={index} className="inline-flex min-w-0 items-center gap-1.5">
              {item.href && !isCurrent ? (
                <Link href={item.href} variant="subtle">
                  {item.label}
                </Link>
              ) : (
                <span aria-current={isCurrent ? "page" : undefined} className="truncate text-fg">
                  {item.label}
                </span>
              )}
              {!isCurrent && <ChevronRight className="size-3.5 text-fg-subtle" />}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
