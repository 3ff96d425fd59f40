"use client";
import type { MultiSelectFilterProps } from "@payout-styles/ui-core";
import { componentLabels } from "@payout-styles/ui-core";
import { PopoverPrimitive } from "@payout-styles/ui-core/client";
import { useId } from "react";
import { cn } from "../lib/cn";
import { buttonVariants } from "./button";
import { choiceInputClassName } from "./checkbox";
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
        <PopoverPrimitive.Trigger
          className={cn(
            buttonVariants({ variant: "secondary" }),
            "data-[state=open]:bg-surface-hover",
          )}
        >
          <span>
            {label}
            {count > 0 && (
              <>
                <span aria-hidden="true"> · {count}</span>
                <span className="sr-only">{componentLabels.selectedCount(count)}</span>
              </>
            )}
          </span>
          <ChevronDown className="text-fg-muted" />
        </PopoverPrimitive.Trigger>
        <PopoverPrimitive.Portal>
          <PopoverPrimitive.Content
            align="start"
            sideOffset={4}
            collisionPadding={8}
            className="z-(--z-index-popover) w-64 max-w-[calc(100vw-1rem)] rounded-lg border border-border bg-surface-raised p-3 text-fg shadow-lg"
          >
            <fieldset className="min-w-0">
              <legend className="mb-2 text-xs font-medium text-fg-muted">{label}</legend>
              <div className="flex flex-col">
                {options.map((option) => {
                  const optionId = `${groupId}-${option.value}`;
                  return (
                    <div
                      key={option.value}
                      className="flex items-center gap-3 rounded-md px-2 hover:bg-surface-hover"
                    >
                      <input
                        type="checkbox"
                        id={optionId}
                        checked={selected.includes(option.value)}
                        onChange={(event) => toggle(option.value, event.currentTarget.checked)}
                        className={cn(choiceInputClassName, "mt-0")}
                      />
                      <label
                        htmlFor={optionId}
                        className="flex min-h-11 flex-1 cursor-pointer items-center text-sm sm:min-h-9"
                      >
                        {option.label}
                      </label>
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
