"use client";
import { useState } from "react";
import { useIdempotencyKey } from "../idempotency/use-idempotency-key";

/**
 * The "Pay out now" dialog's open state and the key its confirmation carries (made each time it
 * opens). When nothing can be paid out the trigger stays rendered (focus returns to it after a
 * payout empties the balance) but asking to open does nothing.
 */
export function useInstantPayoutDialog(available: boolean) {
  const [open, setOpen] = useState(false);
  const idempotencyKey = useIdempotencyKey(open);
  return {
    open: open && available,
    idempotencyKey,
    onOpenChange: (next: boolean) => setOpen(next && available),
    close: () => setOpen(false),
  };
}
