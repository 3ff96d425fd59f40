// What a form's server action answers, so a screen can show field errors next to the fields and
// re-fill what the user typed: nothing typed or saved is lost on a bad value.
export interface FormState<Result = undefined> {
  status: "idle" | "success" | "error";
  /** A form-level message (success or error), announced in a live region. */
  message?: string;
  /** Per field name, the error to show next to that field. */
  fieldErrors?: Record<string, string>;
  /** What the user submitted, per field name, to re-fill the form after an error. */
  values?: Record<string, string>;
  result?: Result;
}

/** A server action used with React's useActionState. */
export type FormAction<Result = undefined> = (
  state: FormState<Result>,
  formData: FormData,
) => Promise<FormState<Result>>;

export const idleFormState: FormState<never> = { status: "idle" };
