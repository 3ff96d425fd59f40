import { listPayouts } from "@payout-styles/data";
import { beforeAll, describe, expect, it } from "vitest";
import { loadActivity } from "./loaders/activity";
import { loadOrderDetail } from "./loaders/order-detail";
import { loadOverview } from "./loaders/overview";
import { loadPayoutDetail } from "./loaders/payout-detail";
import { loadPayouts } from "./loaders/payouts";
import { loadSettings } from "./loaders/settings";
import { loadShell } from "./loaders/shell";
import { requireVisibleOrder, requireVisiblePayout } from "./loaders/visible-record";
import { NotFoundSignal } from "./testing/next-request";
import { openSeededDashboard, type SeededDashboard } from "./testing/seeded-dashboard";

let dashboard: SeededDashboard;

beforeAll(async () => {
  dashboard = await openSeededDashboard();
});

async function aPayoutOf(role: "usd" | "eur" | "failedPayout", status?: string) {
  const seller = dashboard.seller(role);
  const list = await listPayouts(dashboard.store.db, {
    sellerId: seller.id,
    params: status ? { status: [status] } : {},
  });
  const payout = list.rows[0];
  if (!payout) throw new Error(`${role} has no ${status ?? ""} payout`);
  return payout;
}

describe("loadPayouts", () => {
  it("answers the invalid-params branch for a malformed URL instead of failing", async () => {
    await dashboard.signInAs("usd");
    const result = await loadPayouts({ pageSize: "7", status: ["paid", "lost"] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.invalid.title).toBe("Payouts");
    expect(result.invalid.resetHref).toBe("/payouts");
    expect(result.invalid.issues.map((issue) => issue.field).sort()).toEqual([
      "pageSize",
      "status",
    ]);
  });

  it("answers the invalid-params branch for a cursor edited by hand", async () => {
    await dashboard.signInAs("usd");
    const result = await loadPayouts({ after: "garbage" });
    expect(result).toMatchObject({ ok: false, invalid: { issues: [{ field: "after" }] } });
  });

  it("builds links that keep the filter and start the new sort or page size on page one", async () => {
    await dashboard.signInAs("usd");
    const first = await loadPayouts({ status: "paid", pageSize: "25" });
    if (!first.ok) throw new Error("expected a page");
    const next = first.props.hrefs.next;
    expect(next).toMatch(/^\/payouts\?status=paid&after=/);
    const second = await loadPayouts(
      Object.fromEntries(new URL(next ?? "", "http://x").searchParams),
    );
    if (!second.ok) throw new Error("expected a page");
    expect(second.props.list.rows[0]?.id).not.toBe(first.props.list.rows[0]?.id);
    expect(second.props.hrefs.previous).toMatch(/before=/);
    expect(second.props.hrefs.sort.amount.asc).toBe("/payouts?status=paid&sort=amount&order=asc");
    expect(second.props.hrefs.pageSizes["50"]).toBe("/payouts?status=paid&pageSize=50");
    expect(second.props.hrefs.export).toBe("/payouts/export?status=paid");
    expect(second.props.hrefs.reset).toBe("/payouts");
    expect(second.props.currencies).toEqual(["USD"]);
  });
});

describe("loadActivity", () => {
  it("answers the invalid-params branch for a malformed URL", async () => {
    await dashboard.signInAs("usd");
    const result = await loadActivity({ type: "sale", from: "2026-13-01" });
    expect(result).toMatchObject({ ok: false, invalid: { title: "Balance activity" } });
  });

  it("loads a page with its pagination links", async () => {
    await dashboard.signInAs("usd");
    const result = await loadActivity({ type: "sale" });
    if (!result.ok) throw new Error("expected a page");
    expect(result.props.page.rows.every((row) => row.type === "sale")).toBe(true);
    expect(result.props.hrefs.next).toMatch(/^\/activity\?type=sale&after=/);
    expect(result.props.hrefs.previous).toBeNull();
  });
});

describe("detail loaders", () => {
  it("answer another seller's payout exactly like a missing or malformed id: not found", async () => {
    const othersPayout = await aPayoutOf("eur");
    await dashboard.signInAs("usd");
    await expect(loadPayoutDetail(othersPayout.id)).rejects.toBeInstanceOf(NotFoundSignal);
    await expect(loadPayoutDetail("po_doesnotexist0000")).rejects.toBeInstanceOf(NotFoundSignal);
    await expect(loadPayoutDetail("../../etc/passwd")).rejects.toBeInstanceOf(NotFoundSignal);
  });

  it("are guarded before streaming: another seller's payout or order is not found", async () => {
    const eurPayout = await aPayoutOf("eur", "paid");
    await dashboard.signInAs("eur");
    await expect(requireVisiblePayout(eurPayout.id)).resolves.toBeUndefined();
    const order = (await loadPayoutDetail(eurPayout.id)).transactions.find((row) => row.orderId);
    await dashboard.signInAs("usd");
    await expect(requireVisiblePayout(eurPayout.id)).rejects.toBeInstanceOf(NotFoundSignal);
    await expect(requireVisibleOrder(order?.orderId ?? "")).rejects.toBeInstanceOf(NotFoundSignal);
  });

  it("answer another seller's order like a missing one", async () => {
    const eurPayout = await aPayoutOf("eur", "paid");
    await dashboard.signInAs("eur");
    const order = (await loadPayoutDetail(eurPayout.id)).transactions.find((row) => row.orderId);
    if (!order?.orderId) throw new Error("expected a sale in the payout");
    await expect(loadOrderDetail(order.orderId)).resolves.toMatchObject({
      order: { order: { id: order.orderId } },
    });
    await dashboard.signInAs("usd");
    await expect(loadOrderDetail(order.orderId)).rejects.toBeInstanceOf(NotFoundSignal);
  });

  it("load a paid payout with its transactions and export link, without a retry", async () => {
    const payout = await aPayoutOf("usd", "paid");
    await dashboard.signInAs("usd");
    const detail = await loadPayoutDetail(payout.id);
    expect(detail.detail.payout.id).toBe(payout.id);
    expect(detail.transactions.length).toBeGreaterThan(0);
    expect(detail.exportHref).toBe(`/payouts/${payout.id}/export`);
    expect(detail).toMatchObject({ canRetry: false, retryBlockedReason: null });
  });

  it("block the retry of a failed payout until its bank account is replaced, and say why", async () => {
    const failed = await aPayoutOf("failedPayout", "failed");
    await dashboard.signInAs("failedPayout");
    const detail = await loadPayoutDetail(failed.id);
    expect(detail.canRetry).toBe(false);
    expect(detail.retryBlockedReason).toMatch(/Replace your bank account/);
  });
});

describe("screen loaders", () => {
  it("load the overview as of the app's clock", async () => {
    await dashboard.signInAs("usd");
    const overview = await loadOverview();
    expect(overview.asOf.toISOString()).toBe("2026-11-16T09:30:00.000Z");
    expect(overview.seller).toEqual({
      id: dashboard.seller("usd").id,
      name: "Harbor Pizza Co.",
      currency: "USD",
      locale: "en-US",
      timeZone: "America/New_York",
    });
    expect(overview.earnings).toHaveLength(12);
    expect(overview.recentPayouts).toHaveLength(5);
    expect(overview.balances.balances.map((balance) => balance.currency)).toEqual(["USD"]);
  });

  it("load the shell and settings of the signed-in seller", async () => {
    await dashboard.signInAs("noBank");
    await expect(loadShell()).resolves.toEqual({ sellerName: dashboard.seller("noBank").name });
    const { settings } = await loadSettings();
    expect(settings.bankAccount).toBeNull();
    expect(Object.keys(settings).sort()).toEqual([
      "bankAccount",
      "country",
      "currency",
      "notifications",
      "schedule",
    ]);
  });
});
