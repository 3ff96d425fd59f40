import { OverviewLoading } from "@payout-styles/ui-tailwind";

export default function Loading() {
  return <OverviewLoading />;
}
