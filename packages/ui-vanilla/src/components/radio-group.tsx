import type { RadioGroupProps } from "@payout-styles/ui-core";
import { useId } from "react";
import { choiceInput } from "./checkbox.css";
import { FieldError, fieldDescribedBy, fieldMessageIds } from "./field";
import * as styles from "./radio-group.css";

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
    <fieldset aria-describedby={fieldDescribedBy(groupId, { error })} className={styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.options}>
        {options.map((option) => {
          const optionId = `${groupId}-${option.value}`;
          return (
            <div key={option.value} className={styles.option}>
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
                className={choiceInput}
              />
              <label htmlFor={optionId} className={styles.label}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
      {error && (
        <div className={styles.error}>
          <FieldError id={fieldMessageIds(groupId).error}>{error}</FieldError>
        </div>
      )}
    </fieldset>
  );
}
