import { loadPayouts, type SearchParams } from "@payout-styles/dashboard-server";
import { payoutsLabels } from "@payout-styles/ui-core";
import { InvalidParamsScreen, PayoutsScreen } from "@payout-styles/ui-floor";

export const metadata = { title: payoutsLabels.title };

export default async function PayoutsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const result = await loadPayouts(await searchParams);
  return result.ok ? (
    <PayoutsScreen {...result.props} />
  ) : (
    <InvalidParamsScreen {...result.invalid} />
  );
}
