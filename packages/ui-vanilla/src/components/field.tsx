import type { FieldProps } from "@payout-styles/ui-core";
import type { ReactNode } from "react";
import * as styles from "./field.css";
import { XCircle } from "./icons";

interface FieldMessages {
  description?: ReactNode;
  error?: string | undefined;
}

/** The ids of a control's description and error, derived from the control's id. */
export function fieldMessageIds(controlId: string) {
  return { description: `${controlId}-description`, error: `${controlId}-error` };
}

/** The control's aria-describedby: its description and error, when shown. */
export function fieldDescribedBy(controlId: string, { description, error }: FieldMessages) {
  const ids = fieldMessageIds(controlId);
  const describedBy = [description ? ids.description : null, error ? ids.error : null]
    .filter(Boolean)
    .join(" ");
  return describedBy || undefined;
}

export function FieldDescription({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className={styles.description}>
      {children}
    </p>
  );
}

export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className={styles.error}>
      <XCircle className={styles.errorIcon} />
      {children}
    </p>
  );
}

/** Label, control, description and error, stacked. The control sets aria-describedby itself. */
export function Field({
  label,
  htmlFor,
  description,
  error,
  children,
  hideLabel = false,
}: FieldProps) {
  const ids = fieldMessageIds(htmlFor);
  return (
    <div className={styles.field}>
      <label htmlFor={htmlFor} className={styles.label[hideLabel ? "hidden" : "visible"]}>
        {label}
      </label>
      {children}
      {description && <FieldDescription id={ids.description}>{description}</FieldDescription>}
      {error && <FieldError id={ids.error}>{error}</FieldError>}
    </div>
  );
}
