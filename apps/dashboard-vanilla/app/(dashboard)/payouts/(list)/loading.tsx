import { PayoutsLoading } from "@payout-styles/ui-vanilla";

export default function Loading() {
  return <PayoutsLoading />;
}
