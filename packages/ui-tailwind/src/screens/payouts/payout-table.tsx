import {
  type DataTableColumn,
  type Formatter,
  hasPayoutFilters,
  type PayoutListView,
  type PayoutRowView,
  type PayoutsHrefs,
  pageSizes,
  payoutsLabels,
} from "@payout-styles/ui-core";
import { ButtonLink } from "../../components/button-link";
import { Card } from "../../components/card";
import { DataTable } from "../../components/data-table";
import { EmptyState } from "../../components/empty-state";
import { Pagination } from "../../components/pagination";
import { payoutColumns } from "./payout-columns";

interface PayoutTableProps {
  list: PayoutListView;
  hrefs: PayoutsHrefs;
  format: Formatter;
}

/** One page of payouts, sorted by its headers' links, with the page links under it. */
export function PayoutTable({ list, hrefs, format }: PayoutTableProps) {
  const { params } = list;
  const all = payoutColumns(format);
  // "Date" sorts by the date the filter is on: the created date gets its own column then.
  const dateColumns: DataTableColumn<PayoutRowView>[] =
    params.dateField === "created"
      ? [
          { ...all.createdAt, sortable: true },
          { ...all.arrivalDate, id: "arrivalDate" },
        ]
      : [{ ...all.arrivalDate, sortable: true }];
  const columns: DataTableColumn<PayoutRowView>[] = [
    ...dateColumns,
    all.payoutId,
    all.status,
    all.grossSales,
    all.feesAndAdjustments,
    { ...all.netAmount, sortable: true },
    all.destination,
  ];
  const matched = list.totals.reduce((sum, totals) => sum + totals.count, 0);
  return (
    <div className="flex flex-col gap-4">
      <Card flush>
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
            hrefs.sort[columnId === "amount" ? "amount" : "date"][
              direction === "ascending" ? "asc" : "desc"
            ]
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
