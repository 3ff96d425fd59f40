"use client";
import { useActionState, useState } from "react";
import { newIdempotencyKey } from "../idempotency/new-idempotency-key";
import { showToast } from "../primitives/toast-queue";
import { type FormAction, type FormState, idleFormState } from "../screens/form-state";

/**
 * A form's action state, with the idempotency key its next submission carries: made
 * when the form mounts and again after each success, so a resubmitted change applies once and the
 * next change is a new request. A success is also told in a toast.
 */
export function useIdempotentFormAction(action: FormAction, savedTitle: string) {
  const [state, formAction, pending] = useActionState(
    async (previous: FormState, formData: FormData) => {
      const next = await action(previous, formData);
      if (next.status === "success") {
        showToast({
          tone: "success",
          title: savedTitle,
          ...(next.message && { description: next.message }),
        });
      }
      return next;
    },
    idleFormState,
  );
  const [keyed, setKeyed] = useState(() => ({ state, key: newIdempotencyKey() }));
  let idempotencyKey = keyed.key;
  if (state !== keyed.state) {
    // Adjusted while rendering, so the form never shows a used key after a success.
    idempotencyKey = state.status === "success" ? newIdempotencyKey() : keyed.key;
    setKeyed({ state, key: idempotencyKey });
  }
  return { state, formAction, pending, idempotencyKey };
}
