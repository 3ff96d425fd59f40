// The figures the seed's realism is judged by (shares of orders and payouts, rates, order values),
// measured on generated tables so tests can hold them to the ranges public payout docs give.
import type { SeedTables } from "./seed-tables";

export interface RealismFigures {
  refundRate: number;
  disputeRate: number;
  failedPayoutShare: number;
  sellerDiscountShare: number;
  platformVoucherShare: number;
  commissionBps: { min: number; max: number };
  /** Median of what customers paid, per USD seller, in cents. */
  medianUsdOrderValue: Record<string, number>;
}

export function measureRealism(tables: SeedTables): RealismFigures {
  const orders = tables.orders;
  const share = (count: number, of: number) => (of === 0 ? 0 : count / of);
  const usdSellers = tables.sellers.filter((seller) => seller.currency === "USD");
  const commissions = orders.map((order) => order.commissionBps);
  return {
    refundRate: share(new Set(tables.refunds.map((refund) => refund.orderId)).size, orders.length),
    disputeRate: share(tables.chargebacks.length, orders.length),
    failedPayoutShare: share(
      tables.payouts.filter((payout) => payout.status === "failed").length,
      tables.payouts.length,
    ),
    sellerDiscountShare: share(
      orders.filter((order) => order.sellerDiscount > 0).length,
      orders.length,
    ),
    platformVoucherShare: share(
      orders.filter((order) => order.platformVoucher > 0).length,
      orders.length,
    ),
    commissionBps: {
      min: commissions.reduce((a, b) => Math.min(a, b)),
      max: commissions.reduce((a, b) => Math.max(a, b)),
    },
    medianUsdOrderValue: Object.fromEntries(
      usdSellers.map((seller) => [
        seller.email,
        median(orders.filter((order) => order.sellerId === seller.id).map((o) => o.customerPaid)),
      ]),
    ),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
