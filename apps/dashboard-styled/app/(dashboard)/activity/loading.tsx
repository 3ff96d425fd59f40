import { ActivityLoading } from "@payout-styles/ui-styled";

export default function Loading() {
  return <ActivityLoading />;
}
