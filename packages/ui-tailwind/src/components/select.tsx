import type { SelectProps } from "@payout-styles/ui-core";
import { useId } from "react";
import { cn } from "../lib/cn";
import { Field, fieldDescribedBy } from "./field";
import { ChevronDown } from "./icons";
import { controlClassName } from "./text-input";

// A styled native <select>: the platform's own picker is the most usable one on phones.
export function Select({
  label,
  options,
  description,
  error,
  hideLabel = false,
  id,
  className,
  ...props
}: SelectProps) {
  const generatedId = useId();
  const selectId = id ?? generatedId;
  const messages = { description, error };
  return (
    <Field label={label} htmlFor={selectId} hideLabel={hideLabel} {...messages}>
      <div className="relative">
        <select
          id={selectId}
          aria-invalid={error ? true : undefined}
          aria-describedby={fieldDescribedBy(selectId, messages)}
          className={cn(controlClassName, "cursor-pointer appearance-none pe-9", className)}
          {...props}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <ChevronDown className="pointer-events-none absolute inset-e-3 top-1/2 -translate-y-1/2 text-fg-muted" />
      </div>
    </Field>
  );
}
