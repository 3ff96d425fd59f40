"use client";
import { ErrorScreen } from "@payout-styles/ui-floor";

// retry() fetches the segment from the server again; reset() would only re-render what failed.
export default function DashboardError({ retry }: { retry: () => void }) {
  return <ErrorScreen retry={retry} />;
}
