import type { PaginationProps } from "@payout-styles/ui-core";
import { componentLabels } from "@payout-styles/ui-core";
import { useId } from "react";
import { cn } from "../lib/cn";
import { buttonVariants } from "./button";
import { ButtonLink } from "./button-link";
import { ChevronLeft, ChevronRight } from "./icons";
import { Link } from "./link";

const paginationLabels = {
  previous: componentLabels.previousPage,
  next: componentLabels.nextPage,
  pageSize: componentLabels.pageSize,
} as const;

const pageSizeLinkClass =
  "inline-flex h-8 min-w-9 items-center justify-center rounded-sm px-2 tabular-nums hover:bg-surface-hover hover:no-underline focus-visible:outline-2 focus-visible:outline-focus-ring focus-visible:outline-offset-2 aria-[current=true]:bg-surface-hover aria-[current=true]:font-medium aria-[current=true]:text-fg";

/** Server pagination: every choice is a link, so the page, its size and the back button agree. */
export function Pagination({ label, previousHref, nextHref, summary, pageSize }: PaginationProps) {
  const pageSizeLabelId = useId();
  return (
    <nav
      aria-label={label}
      className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3 text-sm"
    >
      {summary !== undefined && <p className="text-fg-muted tabular-nums">{summary}</p>}
      <div className="ms-auto flex flex-wrap items-center gap-x-6 gap-y-3">
        {pageSize && (
          <div className="flex items-center gap-2">
            <span id={pageSizeLabelId} className="text-fg-muted">
              {paginationLabels.pageSize}
            </span>
            <ul
              aria-labelledby={pageSizeLabelId}
              className="flex items-center gap-0.5 rounded-md border border-border bg-surface p-0.5"
            >
              {pageSize.options.map((size) => (
                <li key={size}>
                  <Link
                    href={pageSize.hrefFor(size)}
                    variant="subtle"
                    aria-current={size === pageSize.value ? "true" : undefined}
                    className={pageSizeLinkClass}
                  >
                    {size}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="flex items-center gap-2">
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
        className={cn(
          buttonVariants({ variant: "secondary", size: "sm" }),
          "cursor-not-allowed opacity-50 shadow-none",
        )}
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
