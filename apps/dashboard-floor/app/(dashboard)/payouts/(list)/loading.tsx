import { PayoutsLoading } from "@payout-styles/ui-floor";

export default function Loading() {
  return <PayoutsLoading />;
}
