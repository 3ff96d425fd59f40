// What an instant payout costs: 1.5 % of the amount taken from the balance, with a minimum.
import { z } from "zod";
import { parseInput } from "../errors";
import { basisPointsOf } from "../money/allocate";
import { type CurrencyCode, currencyCodeSchema } from "../money/currency";

export const instantPayoutFeeBps = 150;

/**
 * The minimum fee in minor units. For the 2-decimal currencies it is 0.50; for JPY it is ¥50,
 * which is also 50 minor units because the yen has none. The other currencies take roughly the
 * same half a US dollar: ₩700, and 0.200 BHD / 0.150 KWD in their 3-decimal units.
 */
export const minimumInstantPayoutFee: Record<CurrencyCode, number> = {
  USD: 50,
  EUR: 50,
  GBP: 50,
  JPY: 50,
  KRW: 700,
  BHD: 200,
  KWD: 150,
};

const feeInputSchema = z.object({
  gross: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  currency: currencyCodeSchema,
});

/** The fee on an instant payout of `gross` minor units (what leaves the balance). */
export function instantPayoutFee(gross: number, currency: CurrencyCode): number {
  const input = parseInput(feeInputSchema, { gross, currency });
  return Math.max(
    basisPointsOf(input.gross, instantPayoutFeeBps),
    minimumInstantPayoutFee[input.currency],
  );
}
