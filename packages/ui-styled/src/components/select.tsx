import type { SelectProps } from "@payout-styles/ui-core";
import { useId } from "react";
import styled from "styled-components";
import { theme } from "../styles/theme";
import { Field, fieldDescribedBy } from "./field";
import { ChevronDown } from "./icons";
import { controlStyles } from "./text-input";

const SelectFrame = styled.div`
  position: relative;
`;

const NativeSelect = styled.select`
  ${controlStyles}
  cursor: pointer;
  appearance: none;
  padding-inline-end: 2.25rem;
`;

const SelectChevron = styled(ChevronDown)`
  pointer-events: none;
  position: absolute;
  inset-inline-end: ${theme.spacing["3"]};
  top: 50%;
  translate: 0 -50%;
  color: ${theme.color.fgMuted};
`;

// A styled native <select>: the platform's own picker is the most usable one on phones.
export function Select({
  label,
  options,
  description,
  error,
  hideLabel = false,
  id,
  ...props
}: SelectProps) {
  const generatedId = useId();
  const selectId = id ?? generatedId;
  const messages = { description, error };
  return (
    <Field label={label} htmlFor={selectId} hideLabel={hideLabel} {...messages}>
      <SelectFrame>
        <NativeSelect
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
        </NativeSelect>
        <SelectChevron />
      </SelectFrame>
    </Field>
  );
}
