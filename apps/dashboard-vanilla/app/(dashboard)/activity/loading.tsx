import { ActivityLoading } from "@payout-styles/ui-vanilla";

export default function Loading() {
  return <ActivityLoading />;
}
