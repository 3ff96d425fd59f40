import { loadingLabels } from "@payout-styles/ui-core";
import type { ReactNode } from "react";

/** The busy region of a loading page: announced once as "Loading…", its skeletons hidden. */
export function LoadingRegion({ children }: { children: ReactNode }) {
  return (
    <div role="status" aria-label={loadingLabels.loading} className="flex flex-col gap-6">
      <span className="sr-only">{loadingLabels.loading}</span>
      <div aria-hidden="true" className="flex flex-col gap-6">
        {children}
      </div>
    </div>
  );
}
