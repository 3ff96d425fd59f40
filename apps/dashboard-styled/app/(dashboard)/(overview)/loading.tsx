import { OverviewLoading } from "@payout-styles/ui-styled";

export default function Loading() {
  return <OverviewLoading />;
}
