"use client";
// The key a dialog's request carries: made when the dialog opens and kept while it stays open, so
// a double click or a retry after a timeout sends the same key and the server pays once.
import { useState } from "react";
import { newIdempotencyKey } from "./new-idempotency-key";

export { newIdempotencyKey } from "./new-idempotency-key";

export function useIdempotencyKey(open: boolean): string {
  const [current, setCurrent] = useState(() => ({ open, key: newIdempotencyKey() }));
  // Adjusting state while rendering (not in an effect), so the first open render has its key.
  if (open !== current.open) {
    const next = { open, key: open ? newIdempotencyKey() : current.key };
    setCurrent(next);
    return next.key;
  }
  return current.key;
}
