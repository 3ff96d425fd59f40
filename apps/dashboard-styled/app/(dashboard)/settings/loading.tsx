import { DetailLoading } from "@payout-styles/ui-styled";

export default function Loading() {
  return <DetailLoading />;
}
