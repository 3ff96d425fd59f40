import type { PaginationProps } from "@payout-styles/ui-core";
import { componentLabels } from "@payout-styles/ui-core";
import { useId } from "react";
import { ButtonLink } from "./button-link";
import { ChevronLeft, ChevronRight } from "./icons";
import { Link } from "./link";

const paginationLabels = {
  previous: componentLabels.previousPage,
  next: componentLabels.nextPage,
  pageSize: componentLabels.pageSize,
} as const;

/** Server pagination: every choice is a link, so the page, its size and the back button agree. */
export function Pagination({ label, previousHref, nextHref, summary, pageSize }: PaginationProps) {
  const pageSizeLabelId = useId();
  return (
    <nav aria-label={label}>
      {summary !== undefined && <p>{summary}</p>}
      <div>
        {pageSize && (
          <div>
            <span id={pageSizeLabelId}>{paginationLabels.pageSize}</span>
            <ul aria-labelledby={pageSizeLabelId}>
              {pageSize.options.map((size) => (
                <li key={size}>
                  <Link
                    href={pageSize.hrefFor(size)}
                    aria-current={size === pageSize.value ? "true" : undefined}
                  >
                    {size}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div>
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
      <a role="link" aria-disabled="true">
        {icon}
        {text}
        {trailingIcon}
      </a>
    );
  }
  return (
    <ButtonLink href={href} icon={icon}>
      {text}
      {trailingIcon}
    </ButtonLink>
  );
}
