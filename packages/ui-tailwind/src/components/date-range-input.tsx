import type { DateRangeInputProps, DateRangeValue } from "@payout-styles/ui-core";
import { componentLabels } from "@payout-styles/ui-core";
import { useId } from "react";
import { cn } from "../lib/cn";
import { FieldError, fieldDescribedBy, fieldMessageIds } from "./field";
import { controlClassName } from "./text-input";

const bounds = [
  { key: "from", label: componentLabels.dateFrom },
  { key: "to", label: componentLabels.dateTo },
] as const satisfies readonly { key: keyof DateRangeValue; label: string }[];

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
    <fieldset className="min-w-0">
      <legend className="mb-1.5 text-sm font-medium text-fg">{legend}</legend>
      <div className="flex flex-wrap gap-3">
        {bounds.map(({ key, label }) => {
          const inputId = `${groupId}-${key}`;
          return (
            <div key={key} className="flex min-w-36 flex-1 flex-col gap-1">
              <label htmlFor={inputId} className="text-xs text-fg-muted">
                {label}
              </label>
              <input
                type="date"
                id={inputId}
                name={names?.[key]}
                value={value[key]}
                // Each bound also limits the other, so the picker cannot offer an inverted range.
                min={key === "to" ? value.from || min : min}
                max={key === "from" ? value.to || max : max}
                onChange={(event) => onChange({ ...value, [key]: event.currentTarget.value })}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy}
                className={cn(controlClassName, "tabular-nums")}
              />
            </div>
          );
        })}
      </div>
      {error && (
        <div className="mt-1.5">
          <FieldError id={fieldMessageIds(groupId).error}>{error}</FieldError>
        </div>
      )}
    </fieldset>
  );
}
