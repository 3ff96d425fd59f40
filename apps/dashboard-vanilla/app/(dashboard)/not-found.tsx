import { NotFoundScreen } from "@payout-styles/ui-vanilla";

export default function NotFound() {
  return <NotFoundScreen />;
}
