import type { TextInputProps } from "@payout-styles/ui-core";
import { useId } from "react";
import { classNames } from "../styles/class-names";
import { Field, fieldDescribedBy } from "./field";
import * as styles from "./text-input.css";

export function TextInput({
  label,
  description,
  error,
  hideLabel = false,
  prefix,
  id,
  className,
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
    <Field label={label} htmlFor={inputId} hideLabel={hideLabel} {...messages}>
      {prefix ? (
        <div className={classNames(styles.control, styles.prefixedControl, className)}>
          <span className={styles.prefix}>{prefix}</span>
          <input className={styles.prefixedInput} {...inputProps} />
        </div>
      ) : (
        <input className={classNames(styles.control, className)} {...inputProps} />
      )}
    </Field>
  );
}
