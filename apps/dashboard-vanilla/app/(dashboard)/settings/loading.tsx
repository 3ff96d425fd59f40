import { DetailLoading } from "@payout-styles/ui-vanilla";

export default function Loading() {
  return <DetailLoading />;
}
