import type { CheckboxProps } from "@payout-styles/ui-core";
import { useId } from "react";
import { FieldDescription, fieldDescribedBy, fieldMessageIds } from "./field";

// className is a look: taken out so it never reaches the DOM.
export function Checkbox({
  label,
  description,
  id,
  className: _className,
  ...props
}: CheckboxProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  return (
    <div>
      <input
        type="checkbox"
        id={inputId}
        aria-describedby={fieldDescribedBy(inputId, { description })}
        {...props}
      />
      <div>
        <label htmlFor={inputId}>{label}</label>
        {description && (
          <FieldDescription id={fieldMessageIds(inputId).description}>
            {description}
          </FieldDescription>
        )}
      </div>
    </div>
  );
}
