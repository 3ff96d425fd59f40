import { OverviewLoading } from "@payout-styles/ui-vanilla";

export default function Loading() {
  return <OverviewLoading />;
}
