"use client";
import {
  type InstantPayoutDialogProps,
  instantPayoutLabels as labels,
} from "@payout-styles/ui-core";
import { useInstantPayoutDialog } from "@payout-styles/ui-core/client";
import { useId } from "react";
import { Button } from "../../components/button";
import { Dialog } from "../../components/dialog";
import { InstantPayoutFlow } from "./instant-payout-flow";

/**
 * "Pay out now": the trigger and the dialog. The trigger is always rendered, so focus returns to
 * it after cancel, Escape and a payout; when nothing is available it is aria-disabled (still
 * focusable, described by the reason beside it) and does not open.
 */
export function InstantPayoutDialog({
  unavailableReason = null,
  ...props
}: InstantPayoutDialogProps) {
  const reasonId = useId();
  const unavailable = unavailableReason !== null;
  const dialog = useInstantPayoutDialog(!unavailable);
  return (
    <div>
      <Dialog
        open={dialog.open}
        onOpenChange={dialog.onOpenChange}
        title={labels.title}
        description={labels.description}
        trigger={
          <Button
            aria-disabled={unavailable || undefined}
            aria-describedby={unavailable ? reasonId : undefined}
          >
            {labels.trigger}
          </Button>
        }
      >
        {dialog.open && (
          <InstantPayoutFlow
            {...props}
            idempotencyKey={dialog.idempotencyKey}
            onDone={dialog.close}
          />
        )}
      </Dialog>
      {unavailable && <p id={reasonId}>{unavailableReason}</p>}
    </div>
  );
}
