// The schemas every public function of the package checks its ids and instants with, reads and
// commands alike, so nothing malformed reaches SQL.
import { z } from "zod";

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
