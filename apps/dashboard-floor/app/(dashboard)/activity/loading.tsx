import { ActivityLoading } from "@payout-styles/ui-floor";

export default function Loading() {
  return <ActivityLoading />;
}
