"use client";
import type { InstantPayoutDialogProps } from "@payout-styles/ui-core";
import { useInstantPayoutFlow } from "@payout-styles/ui-core/client";
import { InstantPayoutAmountForm } from "./instant-payout-amount-form";
import { InstantPayoutConfirmForm } from "./instant-payout-confirm-form";

interface InstantPayoutFlowProps extends InstantPayoutDialogProps {
  idempotencyKey: string;
  /** Closes the dialog: after a payout, or on cancel. */
  onDone(): void;
}

/** Amount → fee preview → confirmation. Mounted while the dialog is open, so each opening starts over. */
export function InstantPayoutFlow({ idempotencyKey, onDone, ...props }: InstantPayoutFlowProps) {
  const flow = useInstantPayoutFlow(props, { idempotencyKey, onPaid: onDone });
  if (flow.review) {
    return (
      <InstantPayoutConfirmForm
        {...flow.review}
        format={flow.format}
        idempotencyKey={flow.idempotencyKey}
      />
    );
  }
  return <InstantPayoutAmountForm {...flow.amount} onCancel={onDone} />;
}
