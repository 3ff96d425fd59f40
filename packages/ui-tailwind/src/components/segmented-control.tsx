"use client";
import type { ComponentType } from "react";
import { useId } from "react";
import type { IconProps } from "./icons";

export interface SegmentedOption<Value extends string> {
  value: Value;
  label: string;
  icon: ComponentType<IconProps>;
}

interface SegmentedControlProps<Value extends string> {
  legend: string;
  options: readonly SegmentedOption<Value>[];
  value: Value;
  onChange: (value: Value) => void;
}

// Native radios under icon buttons: one tab stop, arrow keys choose, the legend names the group.
// The option's text is its accessible name and, as a title, its tooltip.
export function SegmentedControl<Value extends string>({
  legend,
  options,
  value,
  onChange,
}: SegmentedControlProps<Value>) {
  const name = useId();
  return (
    <fieldset className="min-w-0">
      <legend className="sr-only">{legend}</legend>
      <div className="inline-flex rounded-md border border-border bg-surface-muted p-0.5">
        {options.map(({ value: optionValue, label, icon: Icon }) => (
          <label
            key={optionValue}
            title={label}
            className="flex size-10 cursor-pointer items-center justify-center rounded-sm text-fg-muted transition-colors hover:text-fg has-checked:bg-surface has-checked:text-fg has-checked:shadow-sm has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus-ring sm:size-8"
          >
            <input
              type="radio"
              name={name}
              value={optionValue}
              checked={value === optionValue}
              onChange={() => onChange(optionValue)}
              className="sr-only"
            />
            <Icon />
            <span className="sr-only">{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
