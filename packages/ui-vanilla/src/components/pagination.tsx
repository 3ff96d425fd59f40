import type { PaginationProps } from "@payout-styles/ui-core";
import { componentLabels } from "@payout-styles/ui-core";
import { useId } from "react";
import { button } from "./button.css";
import { ButtonLink } from "./button-link";
import { ChevronLeft, ChevronRight } from "./icons";
import { Link } from "./link";
import * as styles from "./pagination.css";

const paginationLabels = {
  previous: componentLabels.previousPage,
  next: componentLabels.nextPage,
  pageSize: componentLabels.pageSize,
} as const;

/** Server pagination: every choice is a link, so the page, its size and the back button agree. */
export function Pagination({ label, previousHref, nextHref, summary, pageSize }: PaginationProps) {
  const pageSizeLabelId = useId();
  return (
    <nav aria-label={label} className={styles.pagination}>
      {summary !== undefined && <p className={styles.summary}>{summary}</p>}
      <div className={styles.controls}>
        {pageSize && (
          <div className={styles.pageSize}>
            <span id={pageSizeLabelId} className={styles.pageSizeLabel}>
              {paginationLabels.pageSize}
            </span>
            <ul aria-labelledby={pageSizeLabelId} className={styles.pageSizes}>
              {pageSize.options.map((size) => (
                <li key={size}>
                  <Link
                    href={pageSize.hrefFor(size)}
                    variant="subtle"
                    aria-current={size === pageSize.value ? "true" : undefined}
                    className={styles.pageSizeLink}
                  >
                    {size}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className={styles.pageLinks}>
          <PageLink href={previousHref} direction="previous" />
          <PageLink href={nextHref} direction="next" />
        </div>
      </div>
    </nav>
  );
}

function PageLink({ href, direction }: { href: string | null; direction: "previous" | "next" }) {
  const text = paginationLabels[direction];
  const icon = direction === "previous" ? <ChevronLeft /> : null;
  const trailingIcon = direction === "next" ? <ChevronRight /> : null;
  if (href === null) {
    return (
      // A link with nowhere to go: no href leaves it out of the tab order, like a
      // disabled button; the role keeps it announced as a link, unavailable.
      // biome-ignore lint/a11y/useValidAnchor: the disabled-link pattern has no href on purpose
      <a
        role="link"
        aria-disabled="true"
        className={`${button({ variant: "secondary", size: "sm" })} ${styles.unavailablePageLink}`}
      >
        {icon}
        {text}
        {trailingIcon}
      </a>
    );
  }
  return (
    <ButtonLink href={href} buttonVariant="secondary" size="sm" icon={icon}>
      {text}
      {trailingIcon}
    </ButtonLink>
  );
}
