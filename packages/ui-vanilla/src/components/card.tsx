import type { CardProps } from "@payout-styles/ui-core";
import * as styles from "./card.css";

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
    <Root id={id} aria-labelledby={titleId} className={styles.card}>
      {hasHeader && (
        <div className={styles.header[flush ? "flush" : "padded"]}>
          <div className={styles.titles}>
            {title && (
              <Heading id={titleId} className={styles.title}>
                {title}
              </Heading>
            )}
            {description && <p className={styles.description}>{description}</p>}
          </div>
          {actions && <div className={styles.actions}>{actions}</div>}
        </div>
      )}
      <div className={flush ? undefined : styles.body[hasHeader ? "belowHeader" : "padded"]}>
        {children}
      </div>
    </Root>
  );
}
