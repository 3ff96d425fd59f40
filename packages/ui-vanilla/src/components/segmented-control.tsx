"use client";
import type { ComponentType } from "react";
import { useId } from "react";
import { visuallyHidden } from "../styles/a11y.css";
import type { IconProps } from "./icons";
import * as styles from "./segmented-control.css";

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
    <fieldset className={styles.fieldset}>
      <legend className={visuallyHidden}>{legend}</legend>
      <div className={styles.options}>
        {options.map(({ value: optionValue, label, icon: Icon }) => (
          <label key={optionValue} title={label} className={styles.option}>
            <input
              type="radio"
              name={name}
              value={optionValue}
              checked={value === optionValue}
              onChange={() => onChange(optionValue)}
              className={visuallyHidden}
            />
            <Icon />
            <span className={visuallyHidden}>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
