import {
  type Formatter,
  hasPayoutFilters,
  type PayoutListView,
  type PayoutsHrefs,
  pageSizes,
  payoutSortOf,
  payoutsLabels,
  payoutTableColumnSpecs,
  withCells,
} from "@payout-styles/ui-core";
import { ButtonLink } from "../../components/button-link";
import { Card } from "../../components/card";
import { DataTable } from "../../components/data-table";
import { EmptyState } from "../../components/empty-state";
import { Pagination } from "../../components/pagination";
import { payoutCells } from "./payout-columns";

interface PayoutTableProps {
  list: PayoutListView;
  hrefs: PayoutsHrefs;
  format: Formatter;
}

/** One page of payouts, sorted by its headers' links, with the page links under it. */
export function PayoutTable({ list, hrefs, format }: PayoutTableProps) {
  const { params } = list;
  const columns = withCells(payoutTableColumnSpecs(params.dateField), payoutCells(format));
  const matched = list.totals.reduce((sum, totals) => sum + totals.count, 0);
  return (
    <div>
      <Card>
        <DataTable
          name="payouts"
          caption={payoutsLabels.tableCaption}
          columns={columns}
          rows={list.rows}
          rowKey={(row) => row.id}
          sort={{
            columnId: params.sort,
            direction: params.order === "asc" ? "ascending" : "descending",
          }}
          sortHref={(columnId, direction) =>
            hrefs.sort[payoutSortOf(columnId)][direction === "ascending" ? "asc" : "desc"]
          }
          empty={
            hasPayoutFilters(params) ? (
              <EmptyState
                title={payoutsLabels.emptyTitle}
                description={payoutsLabels.emptyDescription}
                action={<ButtonLink href={hrefs.reset}>{payoutsLabels.resetFilters}</ButtonLink>}
              />
            ) : (
              <EmptyState
                title={payoutsLabels.noPayoutsTitle}
                description={payoutsLabels.noPayoutsDescription}
              />
            )
          }
        />
      </Card>
      <Pagination
        label={payoutsLabels.pagination}
        previousHref={hrefs.previous}
        nextHref={hrefs.next}
        summary={payoutsLabels.summary(format.count(matched))}
        pageSize={{
          value: params.pageSize,
          options: pageSizes,
          hrefFor: (size) => hrefs.pageSizes[String(size) as keyof PayoutsHrefs["pageSizes"]],
        }}
      />
    </div>
  );
}
