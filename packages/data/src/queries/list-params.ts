// Params every list screen shares: the page size choice and keyset cursors.
import { z } from "zod";
import { decodeCursor } from "./keyset-cursor";

export const pageSizes = [25, 50, 100] as const;
export const sortOrders = ["asc", "desc"] as const;

export const pageSizeParam = z.coerce
  .number({ error: "must be 25, 50 or 100" })
  .refine((size): size is (typeof pageSizes)[number] => pageSizes.some((p) => p === size), {
    message: "must be 25, 50 or 100",
  });

export const cursorParam = z.string().trim().max(512, "is not a valid page cursor");

/** Free text typed into a search box: printable characters only, so no NUL byte reaches SQL. */
export const searchTextParam = z
  .string()
  .trim()
  .max(100, "must be at most 100 characters")
  .refine((value) => !/\p{Cc}/u.test(value), "must not contain control characters");

/** A sort value as the database writes an instant (timestamptz as text). */
export const instantTextSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2}){0,2})$/)
  .refine((value) => isRealInstant(value), "is not a real date and time");

/** The text is a date and time that exists (no 13th month, no 30th of February, no 25 o'clock). */
function isRealInstant(text: string): boolean {
  const [day = "", time = ""] = text.split(/[ T]/);
  const [hours = 99, minutes = 99, seconds = 99] = time.slice(0, 8).split(":").map(Number);
  const calendarDay = new Date(`${day}T00:00:00Z`);
  const year = calendarDay.getUTCFullYear();
  return (
    !Number.isNaN(calendarDay.getTime()) &&
    calendarDay.toISOString().slice(0, 10) === day &&
    year >= 1970 &&
    year <= 2999 &&
    hours < 24 &&
    minutes < 60 &&
    seconds < 60
  );
}

/**
 * Refuses both cursors at once, and a cursor that is not of this list's shape: made for another
 * sort, or edited by hand. A cursor is opaque but arrives from a URL, so its values are checked
 * before they reach SQL.
 */
export function checkCursors(
  params: { after?: string | undefined; before?: string | undefined },
  cursorShape: z.ZodType,
  context: z.RefinementCtx,
): void {
  if (params.after && params.before) {
    context.addIssue({
      code: "custom",
      path: ["before"],
      message: "use after or before, not both",
    });
  }
  for (const field of ["after", "before"] as const) {
    const text = params[field];
    if (text === undefined) continue;
    const cursor = decodeCursor(text);
    if (!cursor || !cursorShape.safeParse(cursor).success) {
      context.addIssue({
        code: "custom",
        path: [field],
        message: "is not a page of this list any more; start again from the first page",
      });
    }
  }
}
