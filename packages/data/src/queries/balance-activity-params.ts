// The balance activity screen's URL state: type filter, date range, page size and cursor.
// Newest first, always: the order a statement is read in.
import { z } from "zod";
import { ledgerTransactionKind } from "../schema";
import { calendarDateParamSchema } from "./calendar-range";
import { checkCursors, cursorParam, instantTextSchema, pageSizeParam } from "./list-params";
import { listParam, singleParam, toQueryString } from "./search-params";

/** Every ledger transaction kind that moves the seller's balance (a payout's arrival does not). */
export const activityTypes = ledgerTransactionKind.enumValues.filter(
  (kind): kind is Exclude<typeof kind, "payout_paid"> => kind !== "payout_paid",
);
export type ActivityType = (typeof activityTypes)[number];

/** The sort a balance activity cursor is made for. */
export const activitySortKey = "occurred";

const activityCursorShape = z.object({
  sort: z.literal(activitySortKey),
  value: instantTextSchema,
  id: z.number().int().nonnegative(),
});

export const activityParamsSchema = z
  .object({
    type: listParam(z.enum(activityTypes, { error: `must be one of ${activityTypes.join(", ")}` })),
    from: singleParam(calendarDateParamSchema.optional()),
    to: singleParam(calendarDateParamSchema.optional()),
    pageSize: singleParam(pageSizeParam.default(25)),
    after: singleParam(cursorParam.optional()),
    before: singleParam(cursorParam.optional()),
  })
  .superRefine((params, context) => {
    if (params.from && params.to && params.from > params.to) {
      context.addIssue({ code: "custom", path: ["to"], message: "must be on or after from" });
    }
    checkCursors(params, activityCursorShape, context);
  });

export type ActivityParams = z.output<typeof activityParamsSchema>;

export function activityQuery(params: Partial<ActivityParams>): string {
  return toQueryString(
    {
      type: params.type,
      from: params.from,
      to: params.to,
      pageSize: params.pageSize,
      after: params.after,
      before: params.before,
    },
    { pageSize: 25 },
  );
}
