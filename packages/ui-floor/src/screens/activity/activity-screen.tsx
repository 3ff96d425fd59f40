import { type ActivityScreenProps, activityLabels, createFormatter } from "@payout-styles/ui-core";
import { PageHeader } from "../../components/page-header";
import { ActivityFilters } from "./activity-filters";
import { ActivityTable } from "./activity-table";

export function ActivityScreen({ seller, asOf, page, hrefs }: ActivityScreenProps) {
  const format = createFormatter(seller);
  return (
    <>
      <PageHeader
        title={activityLabels.title}
        description={
          <>
            <p>{activityLabels.description}</p>
            <p>{format.timeZoneNote(asOf)}</p>
          </>
        }
      />
      <div>
        <ActivityFilters params={page.params} />
        <ActivityTable page={page} hrefs={hrefs} currency={seller.currency} format={format} />
      </div>
    </>
  );
}
