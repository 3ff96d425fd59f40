import { DetailLoading } from "@payout-styles/ui-floor";

export default function Loading() {
  return <DetailLoading />;
}
