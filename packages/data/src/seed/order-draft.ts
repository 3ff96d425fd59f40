// One food-delivery order: a basket from the seller's menu, a delivery fee, sometimes a discount
// the seller funds or a voucher the platform funds, and its split at the seller's current rates.
import { type SaleSplit, type SaleTerms, splitSale } from "../domain/sale-split";
import { basisPointsOf } from "../money/allocate";
import type { CurrencyTerms } from "./currency-terms";
import type { MenuItem } from "./menus";
import type { SeedRandom } from "./prng";

/** Shares of orders with a seller-funded discount and with a platform voucher. */
const sellerDiscountRate = 0.08;
const platformVoucherRate = 0.06;
const freeDeliveryRate = 0.1;

const lineCounts = [
  [1, 25],
  [2, 40],
  [3, 25],
  [4, 10],
] as const;
const quantities = [
  [1, 85],
  [2, 13],
  [3, 2],
] as const;

export interface OrderLine {
  name: string;
  quantity: number;
  unitPrice: number;
}

export interface OrderDraft {
  lines: OrderLine[];
  voucherCode: string | null;
  terms: SaleTerms;
  split: SaleSplit;
}

export interface SellerRates {
  commissionBps: number;
  deliveryShareBps: number;
  reserveBps: number;
}

export function draftOrder(
  rng: SeedRandom,
  menu: readonly MenuItem[],
  currency: CurrencyTerms,
  rates: SellerRates,
): OrderDraft {
  const lines = pickBasket(rng, menu);
  const itemsSubtotal = lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0);
  const deliveryFee = rng.chance(freeDeliveryRate) ? 0 : rng.pick(currency.deliveryFees);
  const sellerDiscount = rng.chance(sellerDiscountRate)
    ? Math.min(basisPointsOf(itemsSubtotal, rng.pick(currency.discountBps)), currency.discountCap)
    : 0;
  const voucher = rng.chance(platformVoucherRate) ? rng.pick(currency.vouchers) : null;
  const platformVoucher = voucher
    ? Math.min(voucher[1], itemsSubtotal - sellerDiscount + deliveryFee)
    : 0;
  const terms: SaleTerms = {
    itemsSubtotal,
    deliveryFee,
    sellerDiscount,
    platformVoucher,
    commissionBps: rates.commissionBps,
    deliveryShareBps: rates.deliveryShareBps,
    processingBps: currency.processingBps,
    processingFixed: currency.processingFixed,
    reserveBps: rates.reserveBps,
  };
  return { lines, voucherCode: voucher ? voucher[0] : null, terms, split: splitSale(terms) };
}

function pickBasket(rng: SeedRandom, menu: readonly MenuItem[]): OrderLine[] {
  const count = Math.min(rng.weighted(lineCounts), menu.length);
  const remaining = [...menu];
  const lines: OrderLine[] = [];
  while (lines.length < count) {
    const item = rng.weighted(remaining.map((candidate) => [candidate, candidate.weight] as const));
    remaining.splice(remaining.indexOf(item), 1);
    lines.push({ name: item.name, quantity: rng.weighted(quantities), unitPrice: item.unitPrice });
  }
  return lines;
}
