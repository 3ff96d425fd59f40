import type { FieldProps } from "@payout-styles/ui-core";
import type { ReactNode } from "react";
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
  return <p id={id}>{children}</p>;
}

export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id}>
      <XCircle />
      {children}
    </p>
  );
}

/** Label, control, description and error, stacked. The control sets aria-describedby itself. */
export function Field({ label, htmlFor, description, error, children }: FieldProps) {
  const ids = fieldMessageIds(htmlFor);
  return (
    <div>
      <label htmlFor={htmlFor}>{label}</label>
      {children}
      {description && <FieldDescription id={ids.description}>{description}</FieldDescription>}
      {error && <FieldError id={ids.error}>{error}</FieldError>}
    </div>
  );
}
