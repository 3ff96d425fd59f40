import { type StatusBadgeProps, statusToneIcon } from "@payout-styles/ui-core";
import * as styles from "./status-badge.css";
import { ToneIcon } from "./tone-icon";

export function StatusBadge({ tone, children }: StatusBadgeProps) {
  return (
    <span className={styles.badge[tone]} data-tone={tone}>
      <ToneIcon name={statusToneIcon[tone]} className={styles.icon} />
      {children}
    </span>
  );
}
