import type { CheckboxProps } from "@payout-styles/ui-core";
import { useId } from "react";
import { cn } from "../lib/cn";
import { FieldDescription, fieldDescribedBy, fieldMessageIds } from "./field";

/** The native box, tinted with the accent colour; shared with the radio group. */
export const choiceInputClassName =
  "mt-0.5 size-4 shrink-0 cursor-pointer accent-accent focus-visible:outline-2 focus-visible:outline-focus-ring focus-visible:outline-offset-2 disabled:cursor-not-allowed";

export function Checkbox({ label, description, id, className, ...props }: CheckboxProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  return (
    <div className={cn("flex items-start gap-3", className)}>
      <input
        type="checkbox"
        id={inputId}
        aria-describedby={fieldDescribedBy(inputId, { description })}
        className={cn(choiceInputClassName, "peer")}
        {...props}
      />
      <div className="grid gap-0.5 text-sm peer-disabled:opacity-50">
        <label htmlFor={inputId} className="cursor-pointer font-medium text-fg">
          {label}
        </label>
        {description && (
          <FieldDescription id={fieldMessageIds(inputId).description}>
            {description}
          </FieldDescription>
        )}
      </div>
    </div>
  );
}
