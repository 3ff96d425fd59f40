import type { SkeletonProps } from "@payout-styles/ui-core";
import { visuallyHidden } from "../styles/a11y.css";
import * as styles from "./skeleton.css";

export function Skeleton({ width, height, lines = 1, label }: SkeletonProps) {
  const bars = Array.from({ length: lines }, (_, index) => {
    const isShortLastLine = lines > 1 && index === lines - 1 && width === undefined;
    return (
      <span
        key={index}
        aria-hidden="true"
        className={styles.bar[height === undefined ? "textLine" : "sized"]}
        style={{ width: isShortLastLine ? "60%" : (width ?? "100%"), height }}
      >
        <span className={styles.fill} />
      </span>
    );
  });
  if (label === undefined) return <span className={styles.block}>{bars}</span>;
  return (
    <span role="status" aria-label={label} className={styles.block}>
      <span className={visuallyHidden}>{label}</span>
      {bars}
    </span>
  );
}
