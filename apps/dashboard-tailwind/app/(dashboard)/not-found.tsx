import { NotFoundScreen } from "@payout-styles/ui-tailwind";

export default function NotFound() {
  return <NotFoundScreen />;
}
