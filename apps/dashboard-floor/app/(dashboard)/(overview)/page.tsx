import { loadOverview } from "@payout-styles/dashboard-server";
import { overviewLabels } from "@payout-styles/ui-core";
import { OverviewScreen } from "@payout-styles/ui-floor";
import { payOutNow, quoteInstantPayout } from "../../actions";

export const metadata = { title: overviewLabels.title };

export default async function OverviewPage() {
  const props = await loadOverview();
  return (
    <OverviewScreen {...props} quoteInstantPayout={quoteInstantPayout} payOutNow={payOutNow} />
  );
}
