"use client";
import {
  type InstantPayoutDialogProps,
  instantPayoutLabels as labels,
} from "@payout-styles/ui-core";
import { useIdempotencyKey } from "@payout-styles/ui-core/client";
import { useState } from "react";
import { Button } from "../../components/button";
import { Dialog } from "../../components/dialog";
import { InstantPayoutFlow } from "./instant-payout-flow";

/** "Pay out now": the trigger and the dialog. The key is made each time the dialog opens. */
export function InstantPayoutDialog(props: InstantPayoutDialogProps) {
  const [open, setOpen] = useState(false);
  const idempotencyKey = useIdempotencyKey(open);
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={labels.title}
      description={labels.description}
      trigger={<Button disabled={props.balance.instantAvailable <= 0}>{labels.trigger}</Button>}
    >
      {open && (
        <InstantPayoutFlow
          {...props}
          idempotencyKey={idempotencyKey}
          onPaid={() => setOpen(false)}
          onCancel={() => setOpen(false)}
        />
      )}
    </Dialog>
  );
}
