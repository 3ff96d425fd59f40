// Opaque keyset cursors: the sort key and id of a boundary row, as base64url JSON. A cursor
// names the sort it was made for, so a cursor from another sort is refused rather than misread.
import { z } from "zod";

export interface KeysetCursor<Sort extends string = string> {
  sort: Sort;
  /** The boundary row's sort value: an ISO instant, a calendar date or an amount. */
  value: string | number;
  id: string | number;
}

const cursorSchema = z.object({
  sort: z.string().min(1),
  value: z.union([z.string().max(64), z.number().int()]),
  id: z.union([z.string().min(1).max(64), z.number().int()]),
});

export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");
}

/** The cursor, or null when the text is not one this module made. */
export function decodeCursor(text: string): KeysetCursor | null {
  if (!/^[A-Za-z0-9_-]{1,512}$/.test(text)) return null;
  try {
    const result = cursorSchema.safeParse(JSON.parse(Buffer.from(text, "base64url").toString()));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/** Which way a page is read from its cursor. */
export type PageDirection = "forward" | "backward";

export interface PageInfo {
  pageSize: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}
