import type { FormState } from "@payout-styles/ui-core";
import { Button } from "../../components/button";

interface FormFooterProps {
  state: FormState;
  pending: boolean;
  submitLabel: string;
  savedLabel: string;
  /** The name of the hidden field that carries the idempotency key. */
  keyName: string;
  idempotencyKey: string;
}

/**
 * The submit button, the idempotency key, and the outcome of the last submission in a live region
 * next to the button.
 */
export function FormFooter({
  state,
  pending,
  submitLabel,
  savedLabel,
  keyName,
  idempotencyKey,
}: FormFooterProps) {
  return (
    <div>
      <input
        type="hidden"
        name={keyName}
        value={idempotencyKey}
        // The server renders one key and the browser makes its own: the browser's is sent.
        suppressHydrationWarning
      />
      <Button type="submit" pending={pending}>
        {submitLabel}
      </Button>
      <p role="status">
        {state.status === "success" && <span>{state.message ?? savedLabel}</span>}
        {state.status === "error" && state.message && <span>{state.message}</span>}
      </p>
    </div>
  );
}
