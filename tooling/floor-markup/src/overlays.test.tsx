// What only an open overlay shows (a dialog's, a popover's or a tooltip's content, the phone
// menu's drawer): Radix portals it in only in a browser, so here every overlay is opened and
// rendered in place, and the floor's markup must still be the Tailwind kit's. Toasts cannot be
// rendered on a server at all (Radix portals each into the mounted viewport).
import {
  loadOverview,
  loadPayoutDetail,
  loadPayouts,
  loadShell,
} from "@payout-styles/dashboard-server";
import { openSeededDashboard, type SeededDashboard } from "@payout-styles/dashboard-server/testing";
import {
  appShellLabels,
  dashboardNavItems,
  type FormState,
  type InstantPayoutQuoteView,
  instantPayoutLabels,
  payoutsLabels,
} from "@payout-styles/ui-core";
import type { ComponentType, ReactNode } from "react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { expectFloorMarkup } from "./expect-floor-markup";

// The quote the instant payout's second step reviews, when a test sets one.
const reviewing = vi.hoisted(() => ({ quote: null as InstantPayoutQuoteView | null }));

vi.mock("@payout-styles/ui-core/client", async (importOriginal) => {
  const core = await importOriginal<typeof import("@payout-styles/ui-core/client")>();
  const inPlace = ({ children }: { children?: ReactNode }) => children;
  const opened =
    <Props extends object>(Root: ComponentType<Props>) =>
    (props: Props) => <Root {...props} open />;
  return {
    ...core,
    DialogPrimitive: {
      ...core.DialogPrimitive,
      Root: opened(core.DialogPrimitive.Root),
      Portal: inPlace,
    },
    PopoverPrimitive: {
      ...core.PopoverPrimitive,
      Root: opened(core.PopoverPrimitive.Root),
      Portal: inPlace,
    },
    TooltipPrimitive: {
      ...core.TooltipPrimitive,
      Root: opened(core.TooltipPrimitive.Root),
      Portal: inPlace,
    },
    useInstantPayoutDialog: (available: boolean) => ({
      ...core.useInstantPayoutDialog(available),
      open: true,
    }),
    useInstantPayoutFlow: (...args: Parameters<typeof core.useInstantPayoutFlow>) => {
      const flow = core.useInstantPayoutFlow(...args);
      const { quote } = reviewing;
      if (!quote) return flow;
      const review = {
        quote,
        state: { status: "idle" } as const,
        action: () => {},
        pending: false,
      };
      return { ...flow, review: { ...review, error: "Try again", changeAmount: () => {} } };
    },
  };
});

async function idle<Result>(state: FormState<Result>): Promise<FormState<Result>> {
  return state;
}

let dashboard: SeededDashboard;

beforeAll(async () => {
  dashboard = await openSeededDashboard();
  await dashboard.signInAs("usd");
});

describe("with every overlay open, the floor writes the Tailwind kit's markup for", () => {
  it("the overview: the instant payout's two steps and every chart tooltip", async () => {
    const props = await loadOverview();
    const overview = () =>
      expectFloorMarkup((kit) => (
        <kit.OverviewScreen {...props} quoteInstantPayout={idle} payOutNow={idle} />
      ));
    const amountStep = overview();
    expect(amountStep).toContain(`>${instantPayoutLabels.review}</button>`);
    // A tooltip per week of the chart, each naming its week.
    expect(amountStep.match(/data-radix-popper-content-wrapper/g)).toHaveLength(
      props.earnings.length,
    );
    reviewing.quote = {
      amount: 1000,
      fee: 15,
      net: 985,
      availableForInstant: 5000,
      currency: props.seller.currency,
    };
    try {
      expect(overview()).toContain(`>${instantPayoutLabels.confirm}</button>`);
    } finally {
      reviewing.quote = null;
    }
  });

  it("the payouts filters' popover and the app shell's drawer", async () => {
    const page = await loadPayouts({ status: "paid" });
    if (!page.ok) throw new Error("the payouts page was refused");
    const { sellerName } = await loadShell();
    const html = expectFloorMarkup((kit) => (
      <kit.AppShell sellerName={sellerName} navItems={dashboardNavItems} signOutAction="/signout">
        <kit.PayoutsScreen {...page.props} />
      </kit.AppShell>
    ));
    expect(html).toContain(`>${appShellLabels.menu}</h2>`);
    expect(html).toContain(`<legend>${payoutsLabels.filters.status}</legend>`);
  });

  it("a payout's detail, with the icon buttons' tooltips", async () => {
    const first = await loadPayouts({ status: "paid" });
    if (!first.ok || !first.props.list.rows[0]) throw new Error("no paid payout");
    const { canRetry, ...detail } = await loadPayoutDetail(first.props.list.rows[0].id);
    const html = expectFloorMarkup((kit) => (
      <>
        <kit.PayoutDetailScreen {...detail} retryPayout={canRetry ? idle : null} />
        <kit.IconButton label="More" icon={<span>…</span>} />
        <kit.Dialog title="Confirm" description="Sure?" footer={<button type="button">OK</button>}>
          Body
        </kit.Dialog>
      </>
    ));
    expect(html).toContain(">Confirm</h2>");
    // An open tooltip describes its trigger.
    expect(html).toMatch(/aria-label="More" aria-describedby="radix-/);
  });
});
