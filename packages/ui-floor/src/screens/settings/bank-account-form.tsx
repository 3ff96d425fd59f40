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
import { Select } from "../../components/select";
import { TextInput } from "../../components/text-input";
import { FormFooter } from "./form-footer";

const labels = settingsLabels.bankAccount;

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
    <form ref={formRef} action={formAction} aria-label={title}>
      <div>
        <h3>{title}</h3>
        {hasAccount && <p>{labels.replaceDescription}</p>}
      </div>
      <input type="hidden" name={fields.kind} value={kind} />
      {kindError && <p>{kindError}</p>}
      <div>
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
      </div>
      <FormFooter
        state={state}
        pending={pending}
        submitLabel={hasAccount ? labels.submitReplace : labels.submitAdd}
        savedLabel={labels.saved}
        keyName={fields.idempotencyKey}
        idempotencyKey={idempotencyKey}
      />
    </form>
  );
}
