import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { splitSale } from "./sale-split";

const saleTerms = fc
  .record({
    itemsSubtotal: fc.integer({ min: 0, max: 5_000_000 }),
    deliveryFee: fc.integer({ min: 0, max: 2_000 }),
    sellerDiscountShare: fc.integer({ min: 0, max: 100 }),
    platformVoucherShare: fc.integer({ min: 0, max: 100 }),
    commissionBps: fc.integer({ min: 0, max: 3_000 }),
    deliveryShareBps: fc.integer({ min: 0, max: 1_500 }),
    processingBps: fc.integer({ min: 0, max: 400 }),
    processingFixed: fc.integer({ min: 0, max: 50 }),
    reserveBps: fc.integer({ min: 0, max: 2_000 }),
  })
  .map(({ sellerDiscountShare, platformVoucherShare, ...terms }) => {
    const sellerDiscount = Math.floor((terms.itemsSubtotal * sellerDiscountShare) / 400);
    const remaining = terms.itemsSubtotal - sellerDiscount + terms.deliveryFee;
    return {
      ...terms,
      sellerDiscount,
      platformVoucher: Math.floor((remaining * platformVoucherShare) / 400),
    };
  });

describe("splitSale", () => {
  test.prop([saleTerms], { numRuns: 5_000 })(
    "the seller's gross is exactly commission + delivery share + processing fee + seller net",
    (terms) => {
      const split = splitSale(terms);
      expect(split.commission + split.deliveryShare + split.processingFee + split.sellerNet).toBe(
        split.sellerGross,
      );
      expect(split.sellerGross).toBe(terms.itemsSubtotal - terms.sellerDiscount);
    },
  );

  test.prop([saleTerms], { numRuns: 5_000 })(
    "what the customer paid plus the platform's voucher is everyone's share",
    (terms) => {
      const split = splitSale(terms);
      const everyone =
        split.sellerNet +
        split.commission +
        split.deliveryShare +
        split.processingFee +
        terms.deliveryFee;
      expect(split.customerPaid + terms.platformVoucher).toBe(everyone);
    },
  );

  test.prop([saleTerms], { numRuns: 2_000 })("a reserve never exceeds a positive net", (terms) => {
    const split = splitSale(terms);
    expect(split.reserveHeld).toBeGreaterThanOrEqual(0);
    expect(split.reserveHeld).toBeLessThanOrEqual(Math.max(split.sellerNet, 0));
  });

  it("splits a 30 USD order at 20% commission and 2.9% + 30¢ processing", () => {
    const split = splitSale({
      itemsSubtotal: 3_000,
      deliveryFee: 299,
      sellerDiscount: 0,
      platformVoucher: 0,
      commissionBps: 2_000,
      deliveryShareBps: 0,
      processingBps: 290,
      processingFixed: 30,
      reserveBps: 0,
    });
    expect(split).toEqual({
      customerPaid: 3_299,
      sellerGross: 3_000,
      commission: 600,
      deliveryShare: 0,
      processingFee: 126, // 95.67 → 96, + 30
      sellerNet: 2_274,
      reserveHeld: 0,
    });
  });

  it("leaves a platform-funded voucher out of the seller's money", () => {
    const base = {
      itemsSubtotal: 2_000,
      deliveryFee: 0,
      sellerDiscount: 0,
      commissionBps: 1_500,
      deliveryShareBps: 500,
      processingBps: 0,
      processingFixed: 0,
      reserveBps: 0,
    };
    const withVoucher = splitSale({ ...base, platformVoucher: 500 });
    const without = splitSale({ ...base, platformVoucher: 0 });
    expect(withVoucher.sellerNet).toBe(without.sellerNet);
    expect(withVoucher.customerPaid).toBe(1_500);
  });

  it("refuses discounts larger than what they discount", () => {
    expect(() =>
      splitSale({
        itemsSubtotal: 100,
        deliveryFee: 0,
        sellerDiscount: 101,
        platformVoucher: 0,
        commissionBps: 0,
        deliveryShareBps: 0,
        processingBps: 0,
        processingFixed: 0,
        reserveBps: 0,
      }),
    ).toThrow(RangeError);
  });
});
