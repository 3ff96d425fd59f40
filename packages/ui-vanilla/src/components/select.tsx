import type { SelectProps } from "@payout-styles/ui-core";
import { useId } from "react";
import { classNames } from "../styles/class-names";
import { Field, fieldDescribedBy } from "./field";
import { ChevronDown } from "./icons";
import * as styles from "./select.css";

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
      <div className={styles.wrapper}>
        <select
          id={selectId}
          aria-invalid={error ? true : undefined}
          aria-describedby={fieldDescribedBy(selectId, messages)}
          className={classNames(styles.select, className)}
          {...props}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <ChevronDown className={styles.chevron} />
      </div>
    </Field>
  );
}
