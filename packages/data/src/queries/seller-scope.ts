// Every read is scoped to one seller: it loads the seller first (an unknown seller is not found),
// and every row it returns is filtered by that seller's id, so another seller's id answers
// exactly like an id that does not exist.
import { eq } from "drizzle-orm";
import { NotFoundError } from "../errors";
import { type CurrencyCode, isCurrencyCode } from "../money/currency";
import { sellers } from "../schema";
import type { Queryable } from "../store/open-store";

export interface ScopedSeller {
  id: string;
  currency: CurrencyCode;
  timeZone: string;
}

export async function findSeller(db: Queryable, sellerId: string): Promise<ScopedSeller> {
  const [seller] = await db
    .select({ id: sellers.id, currency: sellers.currency, timeZone: sellers.timeZone })
    .from(sellers)
    .where(eq(sellers.id, sellerId));
  if (!seller) throw new NotFoundError("seller", sellerId);
  if (!isCurrencyCode(seller.currency)) {
    throw new RangeError(`seller ${sellerId} has an unknown currency ${seller.currency}`);
  }
  return { ...seller, currency: seller.currency };
}
