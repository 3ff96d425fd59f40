// The overview's few most recent payouts, newest created first: the payouts table's rows without
// its filter, pagination or totals.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { recordIdSchema } from "../boundary-schemas";
import { parseInput } from "../errors";
import { payouts } from "../schema";
import type { Queryable } from "../store/open-store";
import { type PayoutListRow, toListRow } from "./payout-list";
import { selectPayoutPage } from "./payout-page";
import { findSeller } from "./seller-scope";

const recentPayoutsInput = z.object({
  sellerId: recordIdSchema,
  limit: z.number().int().min(1, "must be at least 1").max(25, "must be at most 25").default(5),
});

export async function listRecentPayouts(
  db: Queryable,
  input: { sellerId: string; limit?: number },
): Promise<PayoutListRow[]> {
  const { sellerId, limit } = parseInput(recentPayoutsInput, input);
  const seller = await findSeller(db, sellerId);
  const rows = await selectPayoutPage(db, eq(payouts.sellerId, seller.id), {
    sortKey: "created",
    order: "desc",
    cursor: null,
    direction: "forward",
    limit,
  });
  return rows.map(toListRow);
}
