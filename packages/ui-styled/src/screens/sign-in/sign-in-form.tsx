"use client";
import {
  signInFields as fields,
  idleFormState,
  signInLabels as labels,
  type SignInScreenProps,
} from "@payout-styles/ui-core";
import { useFocusFirstInvalid } from "@payout-styles/ui-core/client";
import { useActionState, useRef } from "react";
import styled from "styled-components";
import { Button } from "../../components/button";
import { XCircle } from "../../components/icons";
import { TextInput } from "../../components/text-input";
import { textSize } from "../../styles/mixins";
import { theme } from "../../styles/theme";

const Form = styled.form`
  display: flex;
  flex-direction: column;
  gap: ${theme.spacing["4"]};
`;

const Alert = styled.div`
  &:empty {
    display: none;
  }
`;

const Failure = styled.p`
  display: flex;
  align-items: flex-start;
  gap: ${theme.spacing["2"]};
  border-radius: ${theme.radius.md};
  background-color: ${theme.color.danger.bg};
  padding-inline: ${theme.spacing["3"]};
  padding-block: ${theme.spacing["2"]};
  ${textSize("sm")}
  font-weight: ${theme.fontWeight.medium};
  color: ${theme.color.danger.fg};
`;

const FailureIcon = styled(XCircle)`
  margin-top: ${theme.spacing["0.5"]};
  flex-shrink: 0;
`;

const SubmitButton = styled(Button)`
  width: 100%;
`;

export function SignInForm({ signIn, next }: SignInScreenProps) {
  const [state, formAction, pending] = useActionState(signIn, idleFormState);
  const failed = state.status === "error";
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(state, formRef);
  return (
    <Form ref={formRef} action={formAction}>
      {next && <input type="hidden" name={fields.next} value={next} />}
      <Alert role="alert">
        {failed && state.message && (
          <Failure>
            <FailureIcon />
            {state.message}
          </Failure>
        )}
      </Alert>
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
      <SubmitButton type="submit" pending={pending}>
        {labels.submit}
      </SubmitButton>
    </Form>
  );
}
