// Every screen as the apps render it, fed by the real loaders for every demo seller: the floor's
// markup must be the Tailwind kit's without its styling, element for element.
import {
  loadActivity,
  loadOrderDetail,
  loadOverview,
  loadPayoutDetail,
  loadPayouts,
  loadSettings,
  loadShell,
} from "@payout-styles/dashboard-server";
import { openSeededDashboard, type SeededDashboard } from "@payout-styles/dashboard-server/testing";
import type { SearchParams } from "@payout-styles/data";
import type { SellerRole } from "@payout-styles/data/seed";
import {
  dashboardNavItems,
  type FormState,
  type PayoutDetailScreenProps,
  payoutStatuses,
} from "@payout-styles/ui-core";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectFloorMarkup } from "./expect-floor-markup";

const roles: SellerRole[] = ["usd", "eur", "jpy", "noBank", "failedPayout", "large"];
// The seller without a bank account has never been paid out.
const rolesWithPayouts = roles.filter((role) => role !== "noBank");

// The screens' server actions: only their presence shapes the markup.
async function idle<Result>(state: FormState<Result>): Promise<FormState<Result>> {
  return state;
}
const actions = {
  quoteInstantPayout: idle,
  payOutNow: idle,
  updateSchedule: idle,
  replaceBankAccount: idle,
  updateNotifications: idle,
};

let dashboard: SeededDashboard;

beforeAll(async () => {
  dashboard = await openSeededDashboard();
});

async function payoutsPage(searchParams: SearchParams) {
  const result = await loadPayouts(searchParams);
  if (!result.ok) throw new Error(`the payouts URL ${JSON.stringify(searchParams)} was refused`);
  return result.props;
}

/** The detail of the seller's newest payout in each status it has, as the payout page loads it. */
async function payoutDetails(): Promise<PayoutDetailScreenProps[]> {
  const details: PayoutDetailScreenProps[] = [];
  for (const status of payoutStatuses) {
    const payout = (await payoutsPage({ status })).list.rows[0];
    if (!payout) continue;
    const { canRetry, ...props } = await loadPayoutDetail(payout.id);
    details.push({ ...props, retryPayout: canRetry ? idle : null });
  }
  return details;
}

describe.each(roles)("for the %s seller, the floor writes the Tailwind kit's markup on", (role) => {
  beforeEach(async () => {
    await dashboard.signInAs(role);
  });

  it("the app shell", async () => {
    const { sellerName } = await loadShell();
    expectFloorMarkup((kit) => (
      <kit.AppShell
        sellerName={sellerName}
        navItems={dashboardNavItems}
        signOutAction={async () => {}}
      >
        <p>page</p>
      </kit.AppShell>
    ));
  });

  it("the overview", async () => {
    const props = await loadOverview();
    expectFloorMarkup((kit) => <kit.OverviewScreen {...props} {...actions} />);
  });

  it("the payouts list, and its empty and refused states", async () => {
    const page = await payoutsPage({});
    expectFloorMarkup((kit) => <kit.PayoutsScreen {...page} />);
    const sorted = await payoutsPage({ sort: "amount", order: "asc", pageSize: "50" });
    expectFloorMarkup((kit) => <kit.PayoutsScreen {...sorted} />);
    const empty = await payoutsPage({ search: "no-such-payout" });
    expect(empty.list.rows).toEqual([]);
    expectFloorMarkup((kit) => <kit.PayoutsScreen {...empty} />);
    const refused = await loadPayouts({ pageSize: "7" });
    if (refused.ok) throw new Error("expected the page size 7 to be refused");
    expectFloorMarkup((kit) => <kit.InvalidParamsScreen {...refused.invalid} />);
  });

  it("the balance activity, and its empty and refused states", async () => {
    const page = await loadActivity({});
    if (!page.ok) throw new Error("the activity page was refused");
    expectFloorMarkup((kit) => <kit.ActivityScreen {...page.props} />);
    const empty = await loadActivity({ from: "2001-01-01", to: "2001-01-31" });
    if (!empty.ok) throw new Error("the empty activity page was refused");
    expect(empty.props.page.rows).toEqual([]);
    expectFloorMarkup((kit) => <kit.ActivityScreen {...empty.props} />);
    const refused = await loadActivity({ type: "lottery" });
    if (refused.ok) throw new Error("expected an unknown type to be refused");
    expectFloorMarkup((kit) => <kit.InvalidParamsScreen {...refused.invalid} />);
  });

  it("the settings", async () => {
    const props = await loadSettings();
    expectFloorMarkup((kit) => <kit.SettingsScreen {...props} {...actions} />);
  });
});

describe.each(rolesWithPayouts)(
  "for the %s seller's payouts, the floor writes the Tailwind kit's markup on",
  (role) => {
    beforeEach(async () => {
      await dashboard.signInAs(role);
    });

    it("the detail of its newest payout in each status, and an order of each", async () => {
      const details = await payoutDetails();
      expect(details.length).toBeGreaterThan(0);
      for (const detail of details) {
        expectFloorMarkup((kit) => <kit.PayoutDetailScreen {...detail} />);
        const orderId = detail.transactions.find((transaction) => transaction.orderId)?.orderId;
        if (!orderId) continue;
        const order = await loadOrderDetail(orderId);
        expectFloorMarkup((kit) => <kit.OrderDetailScreen {...order} />);
      }
    });
  },
);

describe("the floor writes the Tailwind kit's markup on the pages without a seller's data", () => {
  it("the sign-in page, with and without a page to return to", () => {
    expectFloorMarkup((kit) => <kit.SignInScreen signIn={idle} />);
    expectFloorMarkup((kit) => <kit.SignInScreen signIn={idle} next="/payouts" />);
  });

  it("the not-found and error pages, inside and outside the app shell", () => {
    for (const standalone of [false, true]) {
      expectFloorMarkup((kit) => <kit.NotFoundScreen standalone={standalone} />);
      expectFloorMarkup((kit) => <kit.ErrorScreen standalone={standalone} retry={() => {}} />);
    }
  });

  it("every loading page", () => {
    expectFloorMarkup((kit) => <kit.OverviewLoading />);
    expectFloorMarkup((kit) => <kit.PayoutsLoading />);
    expectFloorMarkup((kit) => <kit.ActivityLoading />);
    expectFloorMarkup((kit) => <kit.DetailLoading />);
  });
});
