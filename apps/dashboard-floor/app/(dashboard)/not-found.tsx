import { NotFoundScreen } from "@payout-styles/ui-floor";

export default function NotFound() {
  return <NotFoundScreen />;
}
