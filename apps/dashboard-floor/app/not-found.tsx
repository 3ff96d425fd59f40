import { NotFoundScreen } from "@payout-styles/ui-floor";

// Outside the dashboard's shell: an address no route matches.
export default function NotFound() {
  return <NotFoundScreen standalone />;
}
