import {
  type ActivityHrefs,
  type ActivityPageView,
  activityLabels,
  activityTableSort,
  type Formatter,
  hasActivityFilters,
  pageSizes,
} from "@payout-styles/ui-core";
import { ButtonLink } from "../../components/button-link";
import { Card } from "../../components/card";
import { DataTable } from "../../components/data-table";
import { EmptyState } from "../../components/empty-state";
import { Pagination } from "../../components/pagination";
import { activityColumns } from "./activity-columns";

interface ActivityTableProps {
  page: ActivityPageView;
  hrefs: ActivityHrefs;
  currency: string;
  format: Formatter;
}

/** One page of balance movements, newest first, with the page links under it. */
export function ActivityTable({ page, hrefs, currency, format }: ActivityTableProps) {
  return (
    <div>
      <Card>
        <DataTable
          name="activity"
          caption={activityLabels.tableCaption}
          columns={activityColumns(format, currency)}
          rows={page.rows}
          rowKey={(row) => String(row.transactionId)}
          sort={activityTableSort}
          empty={
            hasActivityFilters(page.params) ? (
              <EmptyState
                title={activityLabels.emptyTitle}
                description={activityLabels.emptyDescription}
                action={<ButtonLink href={hrefs.reset}>{activityLabels.resetFilters}</ButtonLink>}
              />
            ) : (
              <EmptyState
                title={activityLabels.noActivityTitle}
                description={activityLabels.noActivityDescription}
              />
            )
          }
        />
      </Card>
      <Pagination
        label={activityLabels.pagination}
        previousHref={hrefs.previous}
        nextHref={hrefs.next}
        pageSize={{
          value: page.params.pageSize,
          options: pageSizes,
          hrefFor: (size) => hrefs.pageSizes[String(size) as keyof ActivityHrefs["pageSizes"]],
        }}
      />
    </div>
  );
}
