// The balance activity screen: one page for the URL's filter, and its pagination links.
import {
  type ActivityParams,
  activityQuery,
  listBalanceActivity,
  type SearchParams,
} from "@payout-styles/data";
import { type ActivityScreenProps, activityLabels } from "@payout-styles/ui-core";
import { appNow } from "../clock";
import { requireSeller } from "../session";
import { type ListScreenResult, loadListScreen } from "./invalid-params";
import { hrefWithQuery, pageSizeHrefs } from "./search-params";

const activityPath = "/activity";

export function loadActivity(
  searchParams: SearchParams,
): Promise<ListScreenResult<ActivityScreenProps>> {
  return loadListScreen({ title: activityLabels.title, resetHref: activityPath }, async () => {
    const { store, seller } = await requireSeller();
    const asOf = appNow();
    const page = await listBalanceActivity(store.db, {
      sellerId: seller.id,
      asOf,
      params: searchParams,
    });
    return { seller, asOf, page, hrefs: activityHrefs(page.params, page) };
  });
}

function activityHrefs(
  params: ActivityParams,
  page: { nextCursor: string | null; previousCursor: string | null },
): ActivityScreenProps["hrefs"] {
  const firstPage = { ...params, after: undefined, before: undefined };
  const at = (changes: Partial<ActivityParams>) =>
    hrefWithQuery(activityPath, activityQuery({ ...firstPage, ...changes }));
  return {
    previous: page.previousCursor ? at({ before: page.previousCursor }) : null,
    next: page.nextCursor ? at({ after: page.nextCursor }) : null,
    pageSizes: pageSizeHrefs(at),
    reset: activityPath,
  };
}
