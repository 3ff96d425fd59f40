"use client";
import { useActionState } from "react";
import { rejectionAsError } from "../forms/rejection-as-error";
import { useIdempotencyKey } from "../idempotency/use-idempotency-key";
import { showToast } from "../primitives/toast-queue";
import { type FormAction, type FormState, idleFormState } from "../screens/form-state";
import { payoutDetailLabels as labels } from "../screens/payout-detail";

/**
 * A failed payout's retry form: the key made when the form mounts (a double click, a resubmission
 * or a resend after a lost connection retries once), the toast on success, and the new payout.
 */
export function useRetryPayout(retryPayout: FormAction<{ payoutId: string }>) {
  const idempotencyKey = useIdempotencyKey(true);
  const [state, formAction, pending] = useActionState(
    async (previous: FormState<{ payoutId: string }>, formData: FormData) => {
      const next = await rejectionAsError(retryPayout, labels.retryConnectionLost)(
        previous,
        formData,
      );
      if (next.status === "success" && next.result) {
        showToast({
          tone: "success",
          title: labels.retrySucceeded,
          description: labels.retrySucceededDescription(next.result.payoutId),
        });
      }
      return next;
    },
    idleFormState,
  );
  const newPayoutId = state.status === "success" ? state.result?.payoutId : undefined;
  const error = state.status === "error" ? state.message : undefined;
  return { state, formAction, pending, idempotencyKey, newPayoutId, error };
}
