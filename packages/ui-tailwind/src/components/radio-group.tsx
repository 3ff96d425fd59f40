import type { RadioGroupProps } from "@payout-styles/ui-core";
import { useId } from "react";
import { choiceInputClassName } from "./checkbox";
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
    <fieldset aria-describedby={fieldDescribedBy(groupId, { error })} className="min-w-0">
      <legend className="mb-2 text-sm font-medium text-fg">{legend}</legend>
      <div className="flex flex-col gap-2">
        {options.map((option) => {
          const optionId = `${groupId}-${option.value}`;
          return (
            <div key={option.value} className="flex items-start gap-3">
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
                className={choiceInputClassName}
              />
              <label htmlFor={optionId} className="cursor-pointer text-sm text-fg">
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
      {error && (
        <div className="mt-2">
          <FieldError id={fieldMessageIds(groupId).error}>{error}</FieldError>
        </div>
      )}
    </fieldset>
  );
}
