import type { DateRangeInputProps, DateRangeValue } from "@payout-styles/ui-core";
import { componentLabels } from "@payout-styles/ui-core";
import { useId } from "react";
import styled from "styled-components";
import { tabularNums, textSize } from "../styles/mixins";
import { theme } from "../styles/theme";
import { FieldError, fieldDescribedBy, fieldMessageIds } from "./field";
import { controlStyles } from "./text-input";

const bounds = [
  { key: "from", label: componentLabels.dateFrom },
  { key: "to", label: componentLabels.dateTo },
] as const satisfies readonly { key: keyof DateRangeValue; label: string }[];

const Group = styled.fieldset`
  min-width: 0;
`;

const Legend = styled.legend`
  margin-bottom: ${theme.spacing["1.5"]};
  ${textSize("sm")}
  font-weight: ${theme.fontWeight.medium};
  color: ${theme.color.fg};
`;

const Bounds = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${theme.spacing["3"]};
`;

const Bound = styled.div`
  display: flex;
  min-width: 9rem;
  flex: 1;
  flex-direction: column;
  gap: ${theme.spacing["1"]};
`;

const BoundLabel = styled.label`
  ${textSize("xs")}
  color: ${theme.color.fgMuted};
`;

const DateInput = styled.input.attrs({ type: "date" })`
  ${controlStyles}
  ${tabularNums}
`;

const ErrorSlot = styled.div`
  margin-top: ${theme.spacing["1.5"]};
`;

// Native date inputs: the platform's picker, keyboard entry and locale order for free.
export function DateRangeInput({
  legend,
  value,
  onChange,
  names,
  error,
  min,
  max,
}: DateRangeInputProps) {
  const groupId = useId();
  const describedBy = fieldDescribedBy(groupId, { error });
  return (
    <Group>
      <Legend>{legend}</Legend>
      <Bounds>
        {bounds.map(({ key, label }) => {
          const inputId = `${groupId}-${key}`;
          return (
            <Bound key={key}>
              <BoundLabel htmlFor={inputId}>{label}</BoundLabel>
              <DateInput
                id={inputId}
                name={names?.[key]}
                value={value[key]}
                // Each bound also limits the other, so the picker cannot offer an inverted range.
                min={key === "to" ? value.from || min : min}
                max={key === "from" ? value.to || max : max}
                onChange={(event) => onChange({ ...value, [key]: event.currentTarget.value })}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy}
              />
            </Bound>
          );
        })}
      </Bounds>
      {error && (
        <ErrorSlot>
          <FieldError id={fieldMessageIds(groupId).error}>{error}</FieldError>
        </ErrorSlot>
      )}
    </Group>
  );
}
