"use client";
import type { MultiSelectFilterProps } from "@payout-styles/ui-core";
import { componentLabels } from "@payout-styles/ui-core";
import { PopoverPrimitive } from "@payout-styles/ui-core/client";
import { useId } from "react";
import { ChevronDown } from "./icons";

export function MultiSelectFilter({
  label,
  options,
  selected,
  onChange,
  name,
}: MultiSelectFilterProps) {
  const groupId = useId();
  const count = selected.length;

  function toggle(value: string, checked: boolean) {
    const next = new Set(selected);
    if (checked) next.add(value);
    else next.delete(value);
    // Keep the options' order, so the URL does not depend on the order of clicks.
    onChange(options.map((option) => option.value).filter((value) => next.has(value)));
  }

  return (
    <>
      <PopoverPrimitive.Root>
        <PopoverPrimitive.Trigger>
          <span>
            {label}
            {count > 0 && (
              <>
                <span aria-hidden="true"> · {count}</span>
                <span>{componentLabels.selectedCount(count)}</span>
              </>
            )}
          </span>
          <ChevronDown />
        </PopoverPrimitive.Trigger>
        <PopoverPrimitive.Portal>
          <PopoverPrimitive.Content align="start" sideOffset={4} collisionPadding={8}>
            <fieldset>
              <legend>{label}</legend>
              <div>
                {options.map((option) => {
                  const optionId = `${groupId}-${option.value}`;
                  return (
                    <div key={option.value}>
                      <input
                        type="checkbox"
                        id={optionId}
                        checked={selected.includes(option.value)}
                        onChange={(event) => toggle(option.value, event.currentTarget.checked)}
                      />
                      <label htmlFor={optionId}>{option.label}</label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          </PopoverPrimitive.Content>
        </PopoverPrimitive.Portal>
      </PopoverPrimitive.Root>
      {name &&
        selected.map((value) => <input key={value} type="hidden" name={name} value={value} />)}
    </>
  );
}
