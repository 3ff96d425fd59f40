import type { EmptyStateProps } from "@payout-styles/ui-core";
import * as styles from "./empty-state.css";
import { Search } from "./icons";

export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <div className={styles.emptyState}>
      <span className={styles.iconFrame}>
        <Search className={styles.icon} />
      </span>
      <div className={styles.text}>
        <p className={styles.title}>{title}</p>
        {description && <p className={styles.description}>{description}</p>}
      </div>
      {action && <div className={styles.actions}>{action}</div>}
    </div>
  );
}
