import { OverviewLoading } from "@payout-styles/ui-floor";

export default function Loading() {
  return <OverviewLoading />;
}
