import type { TextInputProps } from "@payout-styles/ui-core";
import { useId } from "react";
import styled, { css } from "styled-components";
import { focusRing, focusRingStyles, textSize, transitionColors } from "../styles/mixins";
import { media, theme } from "../styles/theme";
import { Field, fieldDescribedBy } from "./field";

/** The box every text-like control shares (inputs, selects, date inputs). */
export const controlStyles = css`
  /* 16 px text on phones keeps iOS from zooming into the field on focus. */
  height: 2.75rem;
  width: 100%;
  min-width: 0;
  border-radius: ${theme.radius.md};
  border: 1px solid ${theme.color.borderStrong};
  background-color: ${theme.color.surface};
  padding-inline: ${theme.spacing["3"]};
  ${textSize("base")}
  color: ${theme.color.fg};
  box-shadow: ${theme.shadow.sm};
  ${transitionColors}
  &::placeholder {
    color: ${theme.color.fgMuted};
  }
  ${focusRing}
  &:disabled {
    cursor: not-allowed;
    opacity: 0.5;
  }
  &[aria-invalid="true"] {
    border-color: ${theme.color.danger.fg};
  }
  @media ${media.sm} {
    height: ${theme.density.controlHeight};
    ${textSize("sm")}
  }
`;

const Input = styled.input`
  ${controlStyles}
`;

// The frame draws the border and focus ring around the prefix and the input together.
const PrefixFrame = styled.div`
  ${controlStyles}
  display: flex;
  align-items: center;
  gap: ${theme.spacing["2"]};
  &:has(:focus-visible) {
    ${focusRingStyles}
  }
  &:has(:disabled) {
    opacity: 0.5;
  }
  &:has([aria-invalid="true"]) {
    border-color: ${theme.color.danger.fg};
  }
`;

const Prefix = styled.span`
  display: flex;
  flex-shrink: 0;
  align-items: center;
  color: ${theme.color.fgMuted};
  user-select: none;
`;

const FramedInput = styled.input`
  height: 100%;
  min-width: 0;
  flex: 1;
  background-color: transparent;
  outline-style: none;
  &::placeholder {
    color: ${theme.color.fgMuted};
  }
  &:disabled {
    cursor: not-allowed;
  }
`;

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
        <PrefixFrame className={className}>
          <Prefix>{prefix}</Prefix>
          <FramedInput {...inputProps} />
        </PrefixFrame>
      ) : (
        <Input className={className} {...inputProps} />
      )}
    </Field>
  );
}
