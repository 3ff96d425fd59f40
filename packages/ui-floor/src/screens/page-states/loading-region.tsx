import { loadingLabels } from "@payout-styles/ui-core";
import type { ReactNode } from "react";

/** The busy region of a loading page: announced once as "Loading…", its skeletons hidden. */
export function LoadingRegion({ children }: { children: ReactNode }) {
  return (
    <div role="status" aria-label={loadingLabels.loading}>
      <span>{loadingLabels.loading}</span>
      <div aria-hidden="true">{children}</div>
    </div>
  );
}
