import { appShellLabels, type BreadcrumbsProps } from "@payout-styles/ui-core";
import * as styles from "./breadcrumbs.css";
import { ChevronRight } from "./icons";
import { Link } from "./link";

export function Breadcrumbs({ items }: BreadcrumbsProps) {
  return (
    <nav aria-label={appShellLabels.breadcrumb}>
      <ol className={styles.list}>
        {items.map((item, index) => {
          const isCurrent = index === items.length - 1;
          return (
            <li key={index} className={styles.item}>
              {item.href && !isCurrent ? (
                <Link href={item.href} variant="subtle">
                  {item.label}
                </Link>
              ) : (
                <span aria-current={isCurrent ? "page" : undefined} className={styles.current}>
                  {item.label}
                </span>
              )}
              {!isCurrent && <ChevronRight className={styles.separator} />}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
