// The routes measured, as the large seller (metro, 103,372 orders) sees them. The seed is
// deterministic, so the payout's id is the same on every machine; the harness checks on every
// run that its page shows the rows counted here, so a seed change cannot go unnoticed.
import { demoSellers } from "@payout-styles/data/seed";
import {
  activityLabels,
  overviewLabels,
  payoutDetailLabels,
  payoutHref,
  payoutsLabels,
} from "@payout-styles/ui-core";

const large = demoSellers.find((seller) => seller.role === "large");
if (!large) throw new Error("The seed has no large seller");
export const benchSeller = large;

/**
 * A scheduled payout of metro's (2025-12-29) with 1,004 transactions: "show all" on its client
 * table is the js-framework-benchmark's "create 1,000 rows".
 */
export const benchPayout = { id: "po_q321xghfrn6s3m", transactionCount: 1_004 } as const;

export interface BenchRoute {
  id: "overview" | "payouts" | "payout-detail" | "activity";
  label: string;
  path: string;
  /** The page's h1, which says the screen has rendered. */
  heading: string;
}

export const benchRoutes: readonly BenchRoute[] = [
  { id: "overview", label: "Overview", path: "/", heading: overviewLabels.title },
  { id: "payouts", label: "Payouts", path: "/payouts", heading: payoutsLabels.title },
  {
    id: "payout-detail",
    label: "Payout detail (1,004 transactions)",
    path: payoutHref(benchPayout.id),
    heading: payoutDetailLabels.title(benchPayout.id),
  },
  { id: "activity", label: "Balance activity", path: "/activity", heading: activityLabels.title },
];

/** The routes whose server render is put under load. */
export const serverLoadRoutes = benchRoutes.filter(
  (route) => route.id === "overview" || route.id === "payouts",
);
