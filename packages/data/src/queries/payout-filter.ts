// The WHERE clause of the payouts screen, shared by its page, its totals and its CSV export so
// the three always agree on which payouts the filter means.
import { and, eq, gte, inArray, lte, type SQL, sql } from "drizzle-orm";
import { ValidationError } from "../errors";
import { minorUnits } from "../money/currency";
import { payouts } from "../schema";
import { instantWithinDays } from "./calendar-range";
import { parseMajorUnits } from "./major-units";
import type { PayoutListParams } from "./payout-list-params";
import type { ScopedSeller } from "./seller-scope";

type FilterParams = Omit<PayoutListParams, "sort" | "order" | "pageSize" | "after" | "before">;

export function payoutFilter(seller: ScopedSeller, params: FilterParams): SQL {
  const conditions: (SQL | undefined)[] = [eq(payouts.sellerId, seller.id)];
  if (params.status.length > 0) conditions.push(inArray(payouts.status, params.status));
  if (params.dateField === "created") {
    conditions.push(...instantWithinDays(payouts.createdAt, params, seller.timeZone));
  } else {
    if (params.from) conditions.push(gte(payouts.arrivalDate, params.from));
    if (params.to) conditions.push(lte(payouts.arrivalDate, params.to));
  }
  if (params.currency) conditions.push(eq(payouts.currency, params.currency));
  const currency = params.currency ?? seller.currency;
  const minimum = minorAmount("amountMin", params.amountMin, currency);
  const maximum = minorAmount("amountMax", params.amountMax, currency);
  if (minimum !== undefined) conditions.push(gte(payouts.amount, minimum));
  if (maximum !== undefined) conditions.push(lte(payouts.amount, maximum));
  if (params.search) conditions.push(searchCondition(params.search));
  return and(...conditions) ?? sql`true`;
}

function minorAmount(
  field: string,
  text: string | undefined,
  currency: ScopedSeller["currency"],
): number | undefined {
  if (text === undefined) return undefined;
  const amount = parseMajorUnits(text, currency);
  if (amount === null) {
    const decimals = minorUnits(currency);
    const message =
      decimals === 0
        ? `${currency} amounts have no decimals`
        : `${currency} amounts have at most ${decimals} decimals`;
    throw new ValidationError([{ field, message }]);
  }
  return amount;
}

/** A payout id by prefix (what a person copies from a table), or a bank reference by prefix. */
function searchCondition(search: string): SQL {
  const prefix = `${search.replace(/[\\%_]/g, "\\$&")}%`;
  return sql`(${payouts.id} like ${prefix.toLowerCase()} or upper(${payouts.bankReference}) like ${prefix.toUpperCase()})`;
}
