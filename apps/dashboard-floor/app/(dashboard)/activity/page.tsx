import { loadActivity, type SearchParams } from "@payout-styles/dashboard-server";
import { activityLabels } from "@payout-styles/ui-core";
import { ActivityScreen, InvalidParamsScreen } from "@payout-styles/ui-floor";

export const metadata = { title: activityLabels.title };

export default async function ActivityPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const result = await loadActivity(await searchParams);
  return result.ok ? (
    <ActivityScreen {...result.props} />
  ) : (
    <InvalidParamsScreen {...result.invalid} />
  );
}
