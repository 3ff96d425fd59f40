import type { CardProps } from "@payout-styles/ui-core";

export function Card({ title, headingLevel = 2, actions, description, children, id }: CardProps) {
  const Heading = headingLevel === 3 ? "h3" : "h2";
  const titleId = id && title ? `${id}-title` : undefined;
  const hasHeader = Boolean(title || description || actions);
  const Root = id ? "section" : "div";
  return (
    <Root id={id} aria-labelledby={titleId}>
      {hasHeader && (
        <div>
          <div>
            {title && <Heading id={titleId}>{title}</Heading>}
            {description && <p>{description}</p>}
          </div>
          {actions && <div>{actions}</div>}
        </div>
      )}
      <div>{children}</div>
    </Root>
  );
}
