// The payouts screen's URL state: filters, search, sort, page size and cursor, parsed from
// searchParams into typed params with defaults, and written back to a query string.
//
// Amounts in the URL are major units as a person types them ("12.50"), because that is what
// a filter field holds and what a shared link should show. They stay decimal text in the typed
// params, since the number of decimals depends on the currency: `listPayouts` converts them
// exactly to minor units for the filtered currency (or the seller's) and refuses more decimals
// than that currency has.
import { z } from "zod";
import { payoutStatuses } from "../domain/payout-status";
import { currencyCodes } from "../money/currency";
import { calendarDateParamSchema } from "./calendar-range";
import {
  checkCursors,
  cursorParam,
  instantTextSchema,
  pageSizeParam,
  searchTextParam,
  sortOrders,
} from "./list-params";
import { compareMajorAmounts, majorAmountPattern } from "./major-units";
import { listParam, singleParam, toQueryString } from "./search-params";

export const payoutDateFields = ["created", "arrival"] as const;
export const payoutSorts = ["date", "amount"] as const;

export type PayoutSortKey = "created" | "arrival" | "amount";

const majorAmountParam = z
  .string()
  .trim()
  .regex(majorAmountPattern, "must be an amount like 12.50, without a currency sign");

export const payoutListParamsSchema = z
  .object({
    status: listParam(
      z.enum(payoutStatuses, { error: `must be one of ${payoutStatuses.join(", ")}` }),
    ),
    dateField: singleParam(
      z.enum(payoutDateFields, { error: "must be created or arrival" }).default("arrival"),
    ),
    from: singleParam(calendarDateParamSchema.optional()),
    to: singleParam(calendarDateParamSchema.optional()),
    currency: singleParam(
      z
        .string()
        .trim()
        .toUpperCase()
        .pipe(z.enum(currencyCodes, { error: "must be a currency code such as USD" }))
        .optional(),
    ),
    amountMin: singleParam(majorAmountParam.optional()),
    amountMax: singleParam(majorAmountParam.optional()),
    search: singleParam(searchTextParam.optional()),
    sort: singleParam(z.enum(payoutSorts, { error: "must be date or amount" }).default("date")),
    order: singleParam(z.enum(sortOrders, { error: "must be asc or desc" }).default("desc")),
    pageSize: singleParam(pageSizeParam.default(25)),
    after: singleParam(cursorParam.optional()),
    before: singleParam(cursorParam.optional()),
  })
  .superRefine((params, context) => {
    if (params.from && params.to && params.from > params.to) {
      context.addIssue({ code: "custom", path: ["to"], message: "must be on or after from" });
    }
    if (params.amountMin && params.amountMax) {
      if (compareMajorAmounts(params.amountMin, params.amountMax) > 0) {
        context.addIssue({
          code: "custom",
          path: ["amountMax"],
          message: "must be at least amountMin",
        });
      }
    }
    checkCursors(params, payoutCursorShapes[payoutSortKey(params)], context);
  });

export type PayoutListParams = z.output<typeof payoutListParamsSchema>;

const payoutCursorShapes = {
  created: z.object({ sort: z.literal("created"), value: instantTextSchema, id: z.string() }),
  arrival: z.object({ sort: z.literal("arrival"), value: calendarDateParamSchema, id: z.string() }),
  amount: z.object({ sort: z.literal("amount"), value: z.number().int(), id: z.string() }),
} satisfies Record<PayoutSortKey, z.ZodType>;

export function payoutSortKey(params: Pick<PayoutListParams, "sort" | "dateField">) {
  return params.sort === "amount" ? "amount" : params.dateField;
}

/** The query string for params, leaving defaults out so links stay short. */
export function payoutListQuery(params: Partial<PayoutListParams>): string {
  return toQueryString(
    {
      status: params.status,
      dateField: params.dateField,
      from: params.from,
      to: params.to,
      currency: params.currency,
      amountMin: params.amountMin,
      amountMax: params.amountMax,
      search: params.search,
      sort: params.sort,
      order: params.order,
      pageSize: params.pageSize,
      after: params.after,
      before: params.before,
    },
    { dateField: "arrival", sort: "date", order: "desc", pageSize: 25 },
  );
}
