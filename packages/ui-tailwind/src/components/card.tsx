import type { CardProps } from "@payout-styles/ui-core";
import { cn } from "../lib/cn";

export function Card({
  title,
  headingLevel = 2,
  actions,
  description,
  children,
  id,
  flush = false,
}: CardProps) {
  const Heading = headingLevel === 3 ? "h3" : "h2";
  const titleId = id && title ? `${id}-title` : undefined;
  const hasHeader = Boolean(title || description || actions);
  const Root = id ? "section" : "div";
  return (
    <Root
      id={id}
      aria-labelledby={titleId}
      className="min-w-0 rounded-lg border border-border bg-surface text-fg shadow-sm"
    >
      {hasHeader && (
        <div
          className={cn(
            "flex flex-wrap items-start justify-between gap-x-4 gap-y-2 px-(--spacing-card-padding) pt-(--spacing-card-padding)",
            flush && "pb-4",
          )}
        >
          <div className="min-w-0 space-y-1">
            {title && (
              <Heading id={titleId} className="text-base font-semibold text-fg">
                {title}
              </Heading>
            )}
            {description && <p className="text-sm text-fg-muted">{description}</p>}
          </div>
          {actions && <div className="flex shrink-0 flex-wrap items-center gap-2">{actions}</div>}
        </div>
      )}
      <div className={cn(!flush && "p-(--spacing-card-padding)", !flush && hasHeader && "pt-4")}>
        {children}
      </div>
    </Root>
  );
}
