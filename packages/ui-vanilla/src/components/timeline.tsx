import { statusToneIcon, type TimelineProps } from "@payout-styles/ui-core";
import * as styles from "./timeline.css";
import { ToneIcon } from "./tone-icon";

export function Timeline({ label, items }: TimelineProps) {
  return (
    <ol aria-label={label} className={styles.timeline}>
      {items.map((item, index) => {
        const isLast = index === items.length - 1;
        return (
          <li key={item.id} className={styles.item}>
            {!isLast && <span aria-hidden="true" className={styles.connector} />}
            <span className={styles.marker[item.tone]}>
              {/* The icon repeats the tone in shape; the title says it in words. */}
              <ToneIcon name={statusToneIcon[item.tone]} className={styles.markerIcon} />
            </span>
            <div className={styles.content}>
              <div className={styles.heading}>
                <span className={styles.title}>{item.title}</span>
                <time dateTime={item.dateTime} className={styles.time}>
                  {item.time}
                </time>
              </div>
              {item.description && <div className={styles.description}>{item.description}</div>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
