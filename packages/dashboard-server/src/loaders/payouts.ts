// The payouts screen: one page for the URL's filter, and every link the screen offers, built from
// the params the data layer parsed, so a link always names a state the server accepts. Changing
// the sort or the page size starts again from the first page: a cursor belongs to its sort.
import {
  listPayouts,
  type PayoutListParams,
  payoutListQuery,
  type SearchParams,
} from "@payout-styles/data";
import { type PayoutsScreenProps, payoutsLabels } from "@payout-styles/ui-core";
import { appNow } from "../clock";
import { requireSeller } from "../session";
import { type ListScreenResult, loadListScreen } from "./invalid-params";
import { hrefWithQuery, pageSizeHrefs } from "./search-params";

const payoutsPath = "/payouts";
export const payoutsExportPath = "/payouts/export";

export function loadPayouts(
  searchParams: SearchParams,
): Promise<ListScreenResult<PayoutsScreenProps>> {
  return loadListScreen({ title: payoutsLabels.title, resetHref: payoutsPath }, async () => {
    const { store, seller } = await requireSeller();
    const list = await listPayouts(store.db, { sellerId: seller.id, params: searchParams });
    return {
      seller,
      asOf: appNow(),
      list,
      currencies: [seller.currency],
      hrefs: payoutsHrefs(list.params, list),
    };
  });
}

function payoutsHrefs(
  params: PayoutListParams,
  page: { nextCursor: string | null; previousCursor: string | null },
): PayoutsScreenProps["hrefs"] {
  const firstPage = { ...params, after: undefined, before: undefined };
  const at = (changes: Partial<PayoutListParams>) =>
    hrefWithQuery(payoutsPath, payoutListQuery({ ...firstPage, ...changes }));
  const sortBy = (sort: PayoutListParams["sort"]) => ({
    asc: at({ sort, order: "asc" }),
    desc: at({ sort, order: "desc" }),
  });
  return {
    sort: { date: sortBy("date"), amount: sortBy("amount") },
    previous: page.previousCursor ? at({ before: page.previousCursor }) : null,
    next: page.nextCursor ? at({ after: page.nextCursor }) : null,
    pageSizes: pageSizeHrefs(at),
    reset: payoutsPath,
    export: hrefWithQuery(
      payoutsExportPath,
      payoutListQuery({ ...firstPage, pageSize: undefined }),
    ),
  };
}
