import { NotFoundScreen } from "@payout-styles/ui-styled";

export default function NotFound() {
  return <NotFoundScreen />;
}
