import { PayoutsLoading } from "@payout-styles/ui-styled";

export default function Loading() {
  return <PayoutsLoading />;
}
