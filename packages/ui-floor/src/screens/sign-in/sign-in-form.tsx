"use client";
import {
  signInFields as fields,
  idleFormState,
  signInLabels as labels,
  type SignInScreenProps,
} from "@payout-styles/ui-core";
import { useFocusFirstInvalid } from "@payout-styles/ui-core/client";
import { useActionState, useRef } from "react";
import { Button } from "../../components/button";
import { XCircle } from "../../components/icons";
import { TextInput } from "../../components/text-input";

export function SignInForm({ signIn, next }: SignInScreenProps) {
  const [state, formAction, pending] = useActionState(signIn, idleFormState);
  const failed = state.status === "error";
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(state, formRef);
  return (
    <form ref={formRef} action={formAction}>
      {next && <input type="hidden" name={fields.next} value={next} />}
      <div role="alert">
        {failed && state.message && (
          <p>
            <XCircle />
            {state.message}
          </p>
        )}
      </div>
      <TextInput
        label={labels.email}
        name={fields.email}
        type="email"
        autoComplete="username"
        required
        defaultValue={state.values?.[fields.email] ?? ""}
        error={state.fieldErrors?.[fields.email]}
        aria-invalid={failed || undefined}
      />
      <TextInput
        label={labels.password}
        name={fields.password}
        type="password"
        autoComplete="current-password"
        required
        error={state.fieldErrors?.[fields.password]}
        aria-invalid={failed || undefined}
      />
      <Button type="submit" pending={pending}>
        {labels.submit}
      </Button>
    </form>
  );
}
