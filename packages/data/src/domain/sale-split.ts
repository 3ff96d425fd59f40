// How one order's money is split between the seller, the platform, the delivery partner and the
// payment processor, at the rates that applied at the time of the sale.
//
// The customer pays itemsSubtotal + deliveryFee − sellerDiscount − platformVoucher. The delivery
// fee goes to the delivery partner; a platform voucher is paid by the platform and costs the
// seller nothing. The seller's side, itemsSubtotal − sellerDiscount, is split by `allocate` in
// this stated order: platform commission, delivery partner share, then the seller's remainder.
// The processor's fee is its percentage of what the customer paid plus a fixed part, charged to
// the seller; a reserve, when the seller has one, holds a share of the seller's net.
import { allocate, basisPointsOf } from "../money/allocate";

export interface SaleTerms {
  itemsSubtotal: number;
  deliveryFee: number;
  sellerDiscount: number;
  platformVoucher: number;
  commissionBps: number;
  deliveryShareBps: number;
  processingBps: number;
  processingFixed: number;
  reserveBps: number;
}

export interface SaleSplit {
  customerPaid: number;
  /** The seller's side before fees: itemsSubtotal − sellerDiscount. */
  sellerGross: number;
  commission: number;
  deliveryShare: number;
  processingFee: number;
  /** sellerGross − commission − deliveryShare − processingFee. */
  sellerNet: number;
  /** Held from sellerNet for the reserve period (never more than a positive net). */
  reserveHeld: number;
}

export function splitSale(terms: SaleTerms): SaleSplit {
  const sellerGross = terms.itemsSubtotal - terms.sellerDiscount;
  const customerPaid = sellerGross + terms.deliveryFee - terms.platformVoucher;
  if (sellerGross < 0 || customerPaid < 0) {
    throw new RangeError("discounts cannot exceed what they discount");
  }
  const sellerBps = 10_000 - terms.commissionBps - terms.deliveryShareBps;
  if (sellerBps < 0) throw new RangeError("commission and delivery share exceed 100%");
  const [commission = 0, deliveryShare = 0] = allocate(sellerGross, [
    terms.commissionBps,
    terms.deliveryShareBps,
    sellerBps,
  ]);
  const processingFee =
    customerPaid === 0
      ? 0
      : basisPointsOf(customerPaid, terms.processingBps) + terms.processingFixed;
  const sellerNet = sellerGross - commission - deliveryShare - processingFee;
  const reserveHeld = sellerNet > 0 ? basisPointsOf(sellerNet, terms.reserveBps) : 0;
  return {
    customerPaid,
    sellerGross,
    commission,
    deliveryShare,
    processingFee,
    sellerNet,
    reserveHeld,
  };
}
