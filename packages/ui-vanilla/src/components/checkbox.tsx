import type { CheckboxProps } from "@payout-styles/ui-core";
import { useId } from "react";
import { classNames } from "../styles/class-names";
import * as styles from "./checkbox.css";
import { FieldDescription, fieldDescribedBy, fieldMessageIds } from "./field";

export function Checkbox({ label, description, id, className, ...props }: CheckboxProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  return (
    <div className={classNames(styles.checkbox, className)}>
      <input
        type="checkbox"
        id={inputId}
        aria-describedby={fieldDescribedBy(inputId, { description })}
        className={styles.choiceInput}
        {...props}
      />
      <div className={styles.text}>
        <label htmlFor={inputId} className={styles.label}>
          {label}
        </label>
        {description && (
          <FieldDescription id={fieldMessageIds(inputId).description}>
            {description}
          </FieldDescription>
        )}
      </div>
    </div>
  );
}
