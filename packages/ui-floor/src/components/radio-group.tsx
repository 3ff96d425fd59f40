import type { RadioGroupProps } from "@payout-styles/ui-core";
import { useId } from "react";
import { FieldError, fieldDescribedBy, fieldMessageIds } from "./field";

// Native radios in a fieldset: arrow keys, one tab stop and form submission come for free.
export function RadioGroup({
  legend,
  name,
  options,
  value,
  defaultValue,
  onChange,
  error,
}: RadioGroupProps) {
  const groupId = useId();
  return (
    <fieldset aria-describedby={fieldDescribedBy(groupId, { error })}>
      <legend>{legend}</legend>
      <div>
        {options.map((option) => {
          const optionId = `${groupId}-${option.value}`;
          return (
            <div key={option.value}>
              <input
                type="radio"
                id={optionId}
                name={name}
                value={option.value}
                checked={value === undefined ? undefined : value === option.value}
                defaultChecked={
                  defaultValue === undefined ? undefined : defaultValue === option.value
                }
                onChange={onChange && ((event) => onChange(event.currentTarget.value))}
              />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
      {error && (
        <div>
          <FieldError id={fieldMessageIds(groupId).error}>{error}</FieldError>
        </div>
      )}
    </fieldset>
  );
}
