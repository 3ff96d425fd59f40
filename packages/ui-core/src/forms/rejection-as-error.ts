import type { FormAction, FormState } from "../screens/form-state";

/**
 * The action, answering an error state with `message` when its request is rejected (connection
 * lost, timeout) instead of throwing into the error boundary: the form stays, with what was typed
 * and the idempotency key it carries, so confirming again replays the same request. Errors with a
 * `digest` are the framework's own (a redirect, a server error) and still throw.
 */
export function rejectionAsError<Result>(
  action: FormAction<Result>,
  message: string,
): FormAction<Result> {
  return async (previous, formData) => {
    try {
      return await action(previous, formData);
    } catch (error) {
      if (typeof error === "object" && error !== null && "digest" in error) throw error;
      return { status: "error", message, values: submittedValues(formData) };
    }
  };
}

function submittedValues(formData: FormData): FormState["values"] {
  const values: Record<string, string> = {};
  for (const [name, value] of formData) if (typeof value === "string") values[name] = value;
  return values;
}
