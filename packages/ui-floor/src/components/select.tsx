import type { SelectProps } from "@payout-styles/ui-core";
import { useId } from "react";
import { Field, fieldDescribedBy } from "./field";
import { ChevronDown } from "./icons";

// A native <select>: the platform's own picker is the most usable one on phones. hideLabel and
// className are looks: taken out so they never reach the DOM.
export function Select({
  label,
  options,
  description,
  error,
  hideLabel: _hideLabel,
  id,
  className: _className,
  ...props
}: SelectProps) {
  const generatedId = useId();
  const selectId = id ?? generatedId;
  const messages = { description, error };
  return (
    <Field label={label} htmlFor={selectId} {...messages}>
      <div>
        <select
          id={selectId}
          aria-invalid={error ? true : undefined}
          aria-describedby={fieldDescribedBy(selectId, messages)}
          {...props}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <ChevronDown />
      </div>
    </Field>
  );
}
