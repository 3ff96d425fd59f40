// Every read is scoped to one seller: it loads the seller first (an unknown seller is not found),
// and every row it returns is filtered by that seller's id, so another seller's id answers
// exactly like an id that does not exist.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { NotFoundError } from "../errors";
import { type CurrencyCode, isCurrencyCode } from "../money/currency";
import { sellers } from "../schema";
import type { Queryable } from "../store/open-store";

/**
 * An id as it arrives from a URL or a session: checked for shape (a prefix and letters or digits,
 * like `po_3k9…`), never trusted to exist. Anything else, a NUL byte included, never reaches SQL.
 */
export const recordIdSchema = z
  .string({ error: "must be an id" })
  .trim()
  .min(1, { error: "must not be empty", abort: true })
  .max(64, { error: "is too long to be an id", abort: true })
  .regex(/^[a-z]{1,8}_[0-9a-z]{1,48}$/, "is not a valid id");

// Instants the database can store and every date function handles: far wider than any payout.
const earliestInstant = Date.UTC(1970, 0, 1);
const latestInstant = Date.UTC(2999, 11, 31);

/** A point in time given by the caller (a command's `now`, a read's `asOf`). */
export const instantSchema = z
  .date({ error: "must be a date and time" })
  .refine(
    (value) => value.getTime() >= earliestInstant && value.getTime() <= latestInstant,
    "must be between 1970 and 2999",
  );

/** A payout looked up by id for a seller: detail, transactions, CSV export. */
export const payoutLookupSchema = z.object({ sellerId: recordIdSchema, payoutId: recordIdSchema });

/** An instant as a Date or an ISO 8601 string (from a URL or JSON); null and numbers are refused. */
export const asOfSchema = z.preprocess(
  (value) => (typeof value === "string" ? new Date(value) : value),
  instantSchema,
);

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
