// One page of a keyset-paginated list, in either direction, with exact next/previous flags: the
// page is read one row long to know whether more follow, and one row is looked up behind it to
// know whether any precede (only a cursor can leave rows there).
import {
  decodeCursor,
  encodeCursor,
  type KeysetCursor,
  type PageDirection,
  type PageInfo,
} from "./keyset-cursor";

export interface KeysetPageRequest<Row> {
  cursor: KeysetCursor | null;
  direction: PageDirection;
  pageSize: number;
  /** Rows from the cursor in the direction, at most `limit`, returned in display order. */
  read(cursor: KeysetCursor | null, direction: PageDirection, limit: number): Promise<Row[]>;
  cursorOf(row: Row): KeysetCursor;
}

export interface KeysetPage<Row> {
  rows: Row[];
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor: string | null;
  /** Pass as `before` for the previous page; null on the first page. */
  previousCursor: string | null;
  pageInfo: PageInfo;
}

export async function readKeysetPage<Row>(
  request: KeysetPageRequest<Row>,
): Promise<KeysetPage<Row>> {
  const { cursor, direction, pageSize } = request;
  const forward = direction === "forward";
  const fetched = await request.read(cursor, direction, pageSize + 1);
  const hasMore = fetched.length > pageSize;
  const rows = forward ? fetched.slice(0, pageSize) : fetched.slice(-pageSize);
  const boundary = forward ? rows[0] : rows.at(-1);
  const hasBehind =
    cursor !== null &&
    boundary !== undefined &&
    (await request.read(request.cursorOf(boundary), forward ? "backward" : "forward", 1)).length >
      0;
  const hasNextPage = forward ? hasMore : hasBehind;
  const hasPreviousPage = forward ? hasBehind : hasMore;
  const first = rows[0];
  const last = rows.at(-1);
  return {
    rows,
    nextCursor: hasNextPage && last ? encodeCursor(request.cursorOf(last)) : null,
    previousCursor: hasPreviousPage && first ? encodeCursor(request.cursorOf(first)) : null,
    pageInfo: { pageSize, hasNextPage, hasPreviousPage },
  };
}

/** Where a page starts from validated params (the schemas have checked the cursor decodes). */
export function pageStart(params: { after?: string | undefined; before?: string | undefined }): {
  cursor: KeysetCursor | null;
  direction: PageDirection;
} {
  const text = params.after ?? params.before;
  return {
    cursor: text === undefined ? null : decodeCursor(text),
    direction: params.before === undefined ? "forward" : "backward",
  };
}
