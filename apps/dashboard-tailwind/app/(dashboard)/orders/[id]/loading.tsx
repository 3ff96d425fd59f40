import { DetailLoading } from "@payout-styles/ui-tailwind";

export default function Loading() {
  return <DetailLoading />;
}
