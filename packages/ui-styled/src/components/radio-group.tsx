import type { RadioGroupProps } from "@payout-styles/ui-core";
import { useId } from "react";
import styled from "styled-components";
import { textSize } from "../styles/mixins";
import { theme } from "../styles/theme";
import { choiceInputStyles } from "./checkbox";
import { FieldError, fieldDescribedBy, fieldMessageIds } from "./field";

const Group = styled.fieldset`
  min-width: 0;
`;

const Legend = styled.legend`
  margin-bottom: ${theme.spacing["2"]};
  ${textSize("sm")}
  font-weight: ${theme.fontWeight.medium};
  color: ${theme.color.fg};
`;

const Options = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${theme.spacing["2"]};
`;

const Option = styled.div`
  display: flex;
  align-items: flex-start;
  gap: ${theme.spacing["3"]};
`;

const Radio = styled.input.attrs({ type: "radio" })`
  ${choiceInputStyles}
`;

const OptionLabel = styled.label`
  cursor: pointer;
  ${textSize("sm")}
  color: ${theme.color.fg};
`;

const ErrorSlot = styled.div`
  margin-top: ${theme.spacing["2"]};
`;

// Native radios in a fieldset: arrow keys, one tab stop and form submission come for free.
export function RadioGroup({
  legend,
  name,
  options,
  value,
  defaultValue,
  onChange,
  error,
}: RadioGroupProps) {
  const groupId = useId();
  return (
    <Group aria-describedby={fieldDescribedBy(groupId, { error })}>
      <Legend>{legend}</Legend>
      <Options>
        {options.map((option) => {
          const optionId = `${groupId}-${option.value}`;
          return (
            <Option key={option.value}>
              <Radio
                id={optionId}
                name={name}
                value={option.value}
                checked={value === undefined ? undefined : value === option.value}
                defaultChecked={
                  defaultValue === undefined ? undefined : defaultValue === option.value
                }
                onChange={onChange && ((event) => onChange(event.currentTarget.value))}
              />
              <OptionLabel htmlFor={optionId}>{option.label}</OptionLabel>
            </Option>
          );
        })}
      </Options>
      {error && (
        <ErrorSlot>
          <FieldError id={fieldMessageIds(groupId).error}>{error}</FieldError>
        </ErrorSlot>
      )}
    </Group>
  );
}
