import { PayoutsLoading } from "@payout-styles/ui-tailwind";

export default function Loading() {
  return <PayoutsLoading />;
}
