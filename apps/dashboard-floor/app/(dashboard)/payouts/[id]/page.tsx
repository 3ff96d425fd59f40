import { loadPayoutDetail } from "@payout-styles/dashboard-server";
import { payoutDetailLabels } from "@payout-styles/ui-core";
import { PayoutDetailScreen } from "@payout-styles/ui-floor";
import { retryPayout } from "../../../actions";

type PayoutPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: PayoutPageProps) {
  return { title: payoutDetailLabels.title((await params).id) };
}

export default async function PayoutPage({ params }: PayoutPageProps) {
  const { canRetry, ...props } = await loadPayoutDetail((await params).id);
  return <PayoutDetailScreen {...props} retryPayout={canRetry ? retryPayout : null} />;
}
