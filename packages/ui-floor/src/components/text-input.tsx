import type { TextInputProps } from "@payout-styles/ui-core";
import { useId } from "react";
import { Field, fieldDescribedBy } from "./field";

// hideLabel and className are looks: taken out so they never reach the DOM.
export function TextInput({
  label,
  description,
  error,
  hideLabel: _hideLabel,
  prefix,
  id,
  className: _className,
  ...props
}: TextInputProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const messages = { description, error };
  const inputProps = {
    id: inputId,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": fieldDescribedBy(inputId, messages),
    ...props,
  };
  return (
    <Field label={label} htmlFor={inputId} {...messages}>
      {prefix ? (
        // In the styled kits this wrapper draws one frame around the prefix and the input.
        <div>
          <span>{prefix}</span>
          <input {...inputProps} />
        </div>
      ) : (
        <input {...inputProps} />
      )}
    </Field>
  );
}
