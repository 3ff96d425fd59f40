import { loadingLabels } from "@payout-styles/ui-core";
import type { ReactNode } from "react";
import { visuallyHidden } from "../../styles/a11y.css";
import * as styles from "./loading-region.css";

/** The busy region of a loading page: announced once as "Loading…", its skeletons hidden. */
export function LoadingRegion({ children }: { children: ReactNode }) {
  return (
    <div role="status" aria-label={loadingLabels.loading} className={styles.region}>
      <span className={visuallyHidden}>{loadingLabels.loading}</span>
      <div aria-hidden="true" className={styles.region}>
        {children}
      </div>
    </div>
  );
}
