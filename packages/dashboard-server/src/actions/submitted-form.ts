// Reading a submitted form and answering it: the text of each field, what to echo back after an
// error, and the data layer's typed errors turned into messages next to the fields they are about.
import {
  IdempotencyKeyReusedError,
  InvalidStateError,
  NotFoundError,
  ValidationError,
} from "@payout-styles/data";
import type { FormState } from "@payout-styles/ui-core";
import { revalidatePath } from "next/cache";
import { actionMessages } from "../messages";

export function fieldText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** The submitted text of each named field, to re-fill the form after an error. */
export function submittedValues<Name extends string>(
  formData: FormData,
  names: readonly Name[],
): Record<Name, string> {
  return Object.fromEntries(names.map((name) => [name, fieldText(formData, name)])) as Record<
    Name,
    string
  >;
}

export interface FormContext {
  /** The form's visible fields: an issue about one of them is shown next to it. */
  fields: readonly string[];
  values: Record<string, string>;
  /** The form field a data-layer issue path is about, when the two differ. */
  fieldOf?: (issuePath: string) => string;
  /** The seller-facing wording of an issue, when the data layer's is not. */
  describe?: (field: string, message: string) => string;
}

/** The form's answer to a typed error of the data layer; any other error is rethrown. */
export function failedForm<Result>(error: unknown, form: FormContext): FormState<Result> {
  const { values } = form;
  if (error instanceof ValidationError) return invalidForm(error, form);
  if (error instanceof IdempotencyKeyReusedError) {
    return { status: "error", message: actionMessages.idempotencyKeyReused, values };
  }
  if (error instanceof InvalidStateError)
    return { status: "error", message: error.message, values };
  if (error instanceof NotFoundError) {
    return { status: "error", message: actionMessages.payoutNotFound, values };
  }
  throw error;
}

function invalidForm<Result>(error: ValidationError, form: FormContext): FormState<Result> {
  const fieldErrors: Record<string, string> = {};
  const formMessages = new Set<string>();
  for (const issue of error.issues) {
    const field = form.fieldOf ? form.fieldOf(issue.field) : issue.field;
    if (form.fields.includes(field)) {
      fieldErrors[field] ??= form.describe ? form.describe(field, issue.message) : issue.message;
    } else {
      // A hidden field (the idempotency key, an id) the seller cannot correct by typing.
      formMessages.add(issue.field === "" ? issue.message : actionMessages.formIncomplete);
    }
  }
  return {
    status: "error",
    values: form.values,
    ...(Object.keys(fieldErrors).length > 0 ? { fieldErrors } : {}),
    ...(formMessages.size > 0 ? { message: [...formMessages].join(" ") } : {}),
  };
}

/**
 * After a change to money or settings, every screen may show something else (balances, alerts,
 * the next payout, the retry button), so the whole dashboard is rendered afresh.
 */
export function refreshDashboard(): void {
  revalidatePath("/", "layout");
}
