import type { StatProps } from "@payout-styles/ui-core";
import * as styles from "./stat.css";

// A description list of its own: the label is the term, the value and hint describe it.
export function Stat({ label, value, hint, name }: StatProps) {
  return (
    <dl data-stat={name} className={styles.stat}>
      <dt className={styles.label}>{label}</dt>
      <dd className={styles.value}>{value}</dd>
      {hint && <dd className={styles.hint}>{hint}</dd>}
    </dl>
  );
}
