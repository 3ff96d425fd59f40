// Inputs. Every input has a visible label, a description and an error slot wired with
// aria-describedby / aria-invalid, so a bad value is told next to the field.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

export interface FieldProps {
  label: ReactNode;
  /** The id of the control the label is for. */
  htmlFor: string;
  description?: ReactNode;
  /** The error message shown under the control (role=alert is not used: it is announced by aria-describedby). */
  error?: string | undefined;
  children: ReactNode;
  /** Hide the label visually (still the accessible name). */
  hideLabel?: boolean;
}

export interface TextInputProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, "size" | "prefix"> {
  label: string;
  description?: ReactNode;
  error?: string | undefined;
  /** Hide the label visually (still the accessible name). */
  hideLabel?: boolean;
  /** Text or node shown inside the input at the start, e.g. a currency symbol. */
  prefix?: ReactNode;
}

export interface SearchInputProps extends Omit<TextInputProps, "type" | "prefix"> {}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "size"> {
  label: string;
  options: readonly SelectOption[];
  description?: ReactNode;
  error?: string | undefined;
  hideLabel?: boolean;
}

/** A button that opens a popover of checkboxes; the button shows how many are chosen. */
export interface MultiSelectFilterProps {
  label: string;
  options: readonly SelectOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** The hidden input name, so the filter also works in a plain <form>. */
  name?: string;
}

export interface DateRangeValue {
  /** YYYY-MM-DD or "" */
  from: string;
  to: string;
}

/** Two native date inputs in a fieldset with a legend. */
export interface DateRangeInputProps {
  legend: string;
  value: DateRangeValue;
  onChange: (value: DateRangeValue) => void;
  /** Names of the two inputs (for forms). */
  names?: { from: string; to: string };
  error?: string | undefined;
  min?: string;
  max?: string;
}

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "type"> {
  label: ReactNode;
  description?: ReactNode;
}

/** A group of radio buttons in a fieldset. */
export interface RadioGroupProps {
  legend: string;
  name: string;
  options: readonly SelectOption[];
  value?: string;
  defaultValue?: string;
  onChange?: (value: string) => void;
  error?: string | undefined;
}
