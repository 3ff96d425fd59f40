import { ActivityLoading } from "@payout-styles/ui-tailwind";

export default function Loading() {
  return <ActivityLoading />;
}
