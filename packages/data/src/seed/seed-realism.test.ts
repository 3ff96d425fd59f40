import { describe, expect, it } from "vitest";
import { instantPayoutFee } from "../domain/instant-payout-fee";
import { isPayoutDay } from "../domain/payout-schedule";
import { currencyTerms } from "./currency-terms";
import { demoSeller, demoSellers } from "./demo-sellers";
import { generateSeedData } from "./generate-seed-data";
import { measureRealism } from "./realism-figures";

const { tables } = generateSeedData({ profile: "test" });
const figures = measureRealism(tables);
const sellerId = (email: string) => tables.sellers.find((seller) => seller.email === email)?.id;

describe("the test profile's realism", () => {
  it("refunds 2–5 % of orders and loses 0.1–0.5 % to disputes", () => {
    expect(figures.refundRate).toBeGreaterThanOrEqual(0.02);
    expect(figures.refundRate).toBeLessThanOrEqual(0.05);
    expect(figures.disputeRate).toBeGreaterThanOrEqual(0.001);
    expect(figures.disputeRate).toBeLessThanOrEqual(0.005);
  });

  it("fails 0.5–2 % of payouts", () => {
    expect(figures.failedPayoutShare).toBeGreaterThanOrEqual(0.005);
    expect(figures.failedPayoutShare).toBeLessThanOrEqual(0.02);
  });

  it("charges commissions between 15 % and 30 %", () => {
    expect(figures.commissionBps.min).toBeGreaterThanOrEqual(1_500);
    expect(figures.commissionBps.max).toBeLessThanOrEqual(3_000);
  });

  it("sells food-delivery orders worth about 30 USD", () => {
    for (const [seller, median] of Object.entries(figures.medianUsdOrderValue)) {
      expect(median, seller).toBeGreaterThanOrEqual(2_500);
      expect(median, seller).toBeLessThanOrEqual(3_500);
    }
  });

  it("gives about 8 % of orders a seller discount and 6 % a platform voucher", () => {
    expect(figures.sellerDiscountShare).toBeGreaterThan(0.05);
    expect(figures.sellerDiscountShare).toBeLessThan(0.11);
    expect(figures.platformVoucherShare).toBeGreaterThan(0.035);
    expect(figures.platformVoucherShare).toBeLessThan(0.085);
  });

  it("prices processing per currency: 2.9 % + 30¢, 1.5 % + 25c, 3.6 % + ¥0", () => {
    for (const order of tables.orders) {
      const terms = currencyTerms[order.currency as keyof typeof currencyTerms];
      expect([order.processingBps, order.processingFixed]).toEqual([
        terms.processingBps,
        terms.processingFixed,
      ]);
    }
  });

  it("keeps the large seller's older orders at the commission they were sold at", () => {
    const large = demoSeller("large");
    const rates = tables.orders
      .filter((order) => order.sellerId === sellerId(large.email))
      .map((order) => order.commissionBps);
    const changedAt = rates.indexOf(large.commissionChange?.bps ?? -1);
    expect(changedAt).toBeGreaterThan(0);
    expect(new Set(rates.slice(0, changedAt))).toEqual(new Set([large.commissionBps]));
    expect(new Set(rates.slice(changedAt))).toEqual(new Set([large.commissionChange?.bps]));
  });

  it("makes scheduled payouts only on each seller's payout days", () => {
    for (const payout of tables.payouts.filter((row) => row.origin === "scheduled")) {
      const email = tables.sellers.find((row) => row.id === payout.sellerId)?.email;
      const seller = demoSellers.find((candidate) => candidate.email === email);
      const day = payout.periodKey?.replace("scheduled:", "") ?? "";
      expect(seller && isPayoutDay(seller.schedule, day), payout.id).toBe(true);
    }
  });

  it("pays instant payouts to the usd and large sellers only, at the domain's instant fee", () => {
    const instant = tables.payouts.filter((payout) => payout.method === "instant");
    const owners = new Set(instant.map((payout) => payout.sellerId));
    expect(owners).toEqual(
      new Set([sellerId(demoSeller("usd").email), sellerId(demoSeller("large").email)]),
    );
    for (const payout of instant) {
      expect(payout.fee).toBe(instantPayoutFee(payout.grossAmount, "USD"));
    }
  });
});
