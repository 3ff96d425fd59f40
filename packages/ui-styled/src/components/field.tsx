import type { FieldProps } from "@payout-styles/ui-core";
import type { ReactNode } from "react";
import styled, { css } from "styled-components";
import { textSize, visuallyHidden } from "../styles/mixins";
import { theme } from "../styles/theme";
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

const Description = styled.p`
  ${textSize("sm")}
  color: ${theme.color.fgMuted};
`;

const ErrorMessage = styled.p`
  display: flex;
  align-items: flex-start;
  gap: ${theme.spacing["1.5"]};
  ${textSize("sm")}
  font-weight: ${theme.fontWeight.medium};
  color: ${theme.color.danger.fg};
`;

const ErrorIcon = styled(XCircle)`
  margin-top: ${theme.spacing["0.5"]};
`;

export function FieldDescription({ id, children }: { id: string; children: ReactNode }) {
  return <Description id={id}>{children}</Description>;
}

export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <ErrorMessage id={id}>
      <ErrorIcon />
      {children}
    </ErrorMessage>
  );
}

const FieldRoot = styled.div`
  display: flex;
  min-width: 0;
  flex-direction: column;
  gap: ${theme.spacing["1.5"]};
`;

const FieldLabel = styled.label<{ $hidden: boolean }>`
  ${textSize("sm")}
  font-weight: ${theme.fontWeight.medium};
  color: ${theme.color.fg};
  ${({ $hidden }) =>
    $hidden &&
    css`
      ${visuallyHidden}
    `}
`;

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
    <FieldRoot>
      <FieldLabel htmlFor={htmlFor} $hidden={hideLabel}>
        {label}
      </FieldLabel>
      {children}
      {description && <FieldDescription id={ids.description}>{description}</FieldDescription>}
      {error && <FieldError id={ids.error}>{error}</FieldError>}
    </FieldRoot>
  );
}
