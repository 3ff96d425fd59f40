import type { DescriptionListProps } from "@payout-styles/ui-core";
import * as styles from "./description-list.css";

export function DescriptionList({ items, layout = "inline" }: DescriptionListProps) {
  return (
    <dl className={styles.list}>
      {items.map((item, index) => (
        <div key={index} className={styles.row({ layout })}>
          <dt className={styles.term}>{item.term}</dt>
          <dd className={styles.detail({ numeric: item.numeric ?? false, layout })}>
            {item.detail}
          </dd>
        </div>
      ))}
    </dl>
  );
}
