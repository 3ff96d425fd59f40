import { type ActivityScreenProps, activityLabels, createFormatter } from "@payout-styles/ui-core";
import styled from "styled-components";
import { PageHeader } from "../../components/page-header";
import { theme } from "../../styles/theme";
import { ActivityFilters } from "./activity-filters";
import { ActivityTable } from "./activity-table";

const Sections = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${theme.spacing["6"]};
`;

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
      <Sections>
        <ActivityFilters params={page.params} />
        <ActivityTable page={page} hrefs={hrefs} currency={seller.currency} format={format} />
      </Sections>
    </>
  );
}
