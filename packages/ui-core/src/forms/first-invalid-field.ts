/** A form control as far as choosing which to focus goes (an HTMLInputElement, a select…). */
export interface FocusableControl {
  name: string;
  type: string;
  disabled?: boolean;
}

/**
 * The first control, in document order, whose field has an error and that a user can focus:
 * where a screen-reader user should land to hear what is wrong. Hidden inputs are skipped.
 */
export function firstInvalidField<Control extends FocusableControl>(
  controls: Iterable<Control>,
  fieldErrors: Record<string, string> | undefined,
): Control | undefined {
  if (!fieldErrors) return undefined;
  for (const control of controls) {
    if (control.type === "hidden" || control.disabled) continue;
    if (control.name && fieldErrors[control.name]) return control;
  }
  return undefined;
}
