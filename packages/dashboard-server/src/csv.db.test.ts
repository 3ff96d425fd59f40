import { listPayouts } from "@payout-styles/data";
import { beforeAll, describe, expect, it } from "vitest";
import { payoutsCsvResponse, payoutTransactionsCsvResponse } from "./csv";
import { openSeededDashboard, type SeededDashboard } from "./testing/seeded-dashboard";

let dashboard: SeededDashboard;

beforeAll(async () => {
  dashboard = await openSeededDashboard();
});

async function firstPayoutOf(role: "usd" | "eur") {
  const seller = dashboard.seller(role);
  const payout = (await listPayouts(dashboard.store.db, { sellerId: seller.id, params: {} }))
    .rows[0];
  if (!payout) throw new Error(`${role} has no payout`);
  return payout;
}

describe("payouts CSV", () => {
  it("streams every payout of the filter as a download", async () => {
    const seller = await dashboard.signInAs("usd");
    const response = await payoutsCsvResponse(
      new Request("http://localhost:3001/payouts/export?status=paid&pageSize=25"),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="payouts-2026-11-16.csv"',
    );
    expect(response.body).toBeInstanceOf(ReadableStream);
    const lines = (await response.text()).trimEnd().split(/\r?\n/);
    const paid = await listPayouts(dashboard.store.db, {
      sellerId: seller.id,
      params: { status: ["paid"] },
    });
    expect(lines[0]).toMatch(/^payout_id,created_at,arrival_date,status/);
    expect(lines).toHaveLength(1 + (paid.totals[0]?.count ?? 0));
    expect(lines.slice(1).every((line) => line.includes(",paid,"))).toBe(true);
  });

  it("answers a malformed filter with 400 and the reason", async () => {
    await dashboard.signInAs("usd");
    const response = await payoutsCsvResponse(
      new Request("http://localhost:3001/payouts/export?status=lost"),
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/^This export's parameters are not valid: status/);
  });
});

describe("payout transactions CSV", () => {
  it("streams the payout's transactions", async () => {
    const payout = await firstPayoutOf("usd");
    await dashboard.signInAs("usd");
    const response = await payoutTransactionsCsvResponse(payout.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="payout-${payout.id}-transactions.csv"`,
    );
    const lines = (await response.text()).trimEnd().split(/\r?\n/);
    expect(lines[0]).toBe(
      "transaction_id,type,occurred_at,order_id,description,currency,gross,fees,reserve,net",
    );
    expect(lines.length).toBeGreaterThan(1);
  });

  it("answers another seller's payout exactly like a missing or malformed one: 404", async () => {
    const othersPayout = await firstPayoutOf("eur");
    await dashboard.signInAs("usd");
    const answers = await Promise.all(
      [othersPayout.id, "po_doesnotexist0000", "not an id"].map(async (id) => {
        const response = await payoutTransactionsCsvResponse(id);
        return [response.status, await response.text()];
      }),
    );
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(answers[0]?.[0]).toBe(404);
  });
});
