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

// Native radios, each in a label with its icon: one tab stop, arrow keys choose, the legend names the group.
// The option's text is its accessible name and, as a title, its tooltip.
export function SegmentedControl<Value extends string>({
  legend,
  options,
  value,
  onChange,
}: SegmentedControlProps<Value>) {
  const name = useId();
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div>
        {options.map(({ value: optionValue, label, icon: Icon }) => (
          <label key={optionValue} title={label}>
            <input
              type="radio"
              name={name}
              value={optionValue}
              checked={value === optionValue}
              onChange={() => onChange(optionValue)}
            />
            <Icon />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
