"use client";
import {
  type BankAccountKindView,
  bankAccountFormFields,
  type FormAction,
  bankAccountFields as fields,
  settingsLabels,
  submittedOr,
} from "@payout-styles/ui-core";
import { useFocusFirstInvalid, useIdempotentFormAction } from "@payout-styles/ui-core/client";
import { useRef } from "react";
import styled from "styled-components";
import { Select } from "../../components/select";
import { TextInput } from "../../components/text-input";
import { textSize } from "../../styles/mixins";
import { media, theme } from "../../styles/theme";
import { FormFooter } from "./form-footer";

const labels = settingsLabels.bankAccount;

const Form = styled.form`
  display: flex;
  flex-direction: column;
  gap: ${theme.spacing["4"]};
`;

const Heading = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${theme.spacing["1"]};
`;

const Title = styled.h3`
  ${textSize("base")}
  font-weight: ${theme.fontWeight.semibold};
  color: ${theme.color.fg};
`;

const Description = styled.p`
  ${textSize("sm")}
  color: ${theme.color.fgMuted};
`;

const KindError = styled.p`
  ${textSize("sm")}
  font-weight: ${theme.fontWeight.medium};
  color: ${theme.color.danger.fg};
`;

const Fields = styled.div`
  display: grid;
  gap: ${theme.spacing["4"]};

  @media ${media.sm} {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
`;

interface BankAccountFormProps {
  kind: BankAccountKindView;
  hasAccount: boolean;
  replaceBankAccount: FormAction;
}

/** The fields of the seller's kind of account; a refused value keeps what was typed, with why. */
export function BankAccountForm({ kind, hasAccount, replaceBankAccount }: BankAccountFormProps) {
  const { state, formAction, pending, idempotencyKey } = useIdempotentFormAction(
    replaceBankAccount,
    labels.saved,
  );
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(state, formRef);
  const title = hasAccount ? labels.replaceTitle : labels.addTitle;
  const kindError = state.fieldErrors?.[fields.kind];
  return (
    <Form ref={formRef} action={formAction} aria-label={title}>
      <Heading>
        <Title>{title}</Title>
        {hasAccount && <Description>{labels.replaceDescription}</Description>}
      </Heading>
      <input type="hidden" name={fields.kind} value={kind} />
      {kindError && <KindError>{kindError}</KindError>}
      <Fields>
        {bankAccountFormFields[kind].map((field) => {
          const common = {
            name: fields[field.name],
            label: field.label,
            description: field.description,
            error: state.fieldErrors?.[fields[field.name]],
            defaultValue: submittedOr(state, fields[field.name], field.options?.[0]?.value ?? ""),
          };
          return field.options ? (
            <Select key={field.name} options={field.options} {...common} />
          ) : (
            <TextInput
              key={field.name}
              autoComplete={field.autoComplete}
              inputMode={field.inputMode}
              spellCheck={false}
              {...common}
            />
          );
        })}
      </Fields>
      <FormFooter
        state={state}
        pending={pending}
        submitLabel={hasAccount ? labels.submitReplace : labels.submitAdd}
        savedLabel={labels.saved}
        keyName={fields.idempotencyKey}
        idempotencyKey={idempotencyKey}
      />
    </Form>
  );
}
