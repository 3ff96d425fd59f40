import type { TextInputProps } from "@payout-styles/ui-core";
import { useId } from "react";
import { cn } from "../lib/cn";
import { Field, fieldDescribedBy } from "./field";

/** The box every text-like control shares (inputs, selects, date inputs). */
export const controlClassName =
  // 16 px text on phones keeps iOS from zooming into the field on focus.
  "h-11 w-full min-w-0 rounded-md border border-border-strong bg-surface px-3 text-base text-fg shadow-sm transition-colors placeholder:text-fg-muted focus-visible:outline-2 focus-visible:outline-focus-ring focus-visible:outline-offset-2 disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:border-danger-fg sm:h-(--spacing-control-height) sm:text-sm";

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
        // The frame draws the border and focus ring around the prefix and the input together.
        <div
          className={cn(
            controlClassName,
            "flex items-center gap-2 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus-ring has-disabled:opacity-50 has-aria-invalid:border-danger-fg",
            className,
          )}
        >
          <span className="flex shrink-0 items-center text-fg-muted select-none">{prefix}</span>
          <input
            className="h-full min-w-0 flex-1 bg-transparent outline-none placeholder:text-fg-muted disabled:cursor-not-allowed"
            {...inputProps}
          />
        </div>
      ) : (
        <input className={cn(controlClassName, className)} {...inputProps} />
      )}
    </Field>
  );
}
