"use client";
import type { DialogProps } from "@payout-styles/ui-core";
import { componentLabels } from "@payout-styles/ui-core";
import { DialogPrimitive } from "@payout-styles/ui-core/client";
import { X } from "./icons";

// Focus trap, Escape, return of focus and the aria wiring are Radix's.
export function Dialog({
  open,
  defaultOpen,
  onOpenChange,
  trigger,
  title,
  description,
  children,
  footer,
}: DialogProps) {
  return (
    <DialogPrimitive.Root open={open} defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
      {trigger && <DialogPrimitive.Trigger asChild>{trigger}</DialogPrimitive.Trigger>}
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay />
        <DialogPrimitive.Content
          // Without a description Radix must not point aria-describedby at a missing element.
          {...(description ? {} : { "aria-describedby": undefined })}
        >
          <div>
            <div>
              <DialogPrimitive.Title>{title}</DialogPrimitive.Title>
              {description && (
                <DialogPrimitive.Description>{description}</DialogPrimitive.Description>
              )}
            </div>
            <DialogPrimitive.Close aria-label={componentLabels.close}>
              <X />
            </DialogPrimitive.Close>
          </div>
          <div>{children}</div>
          {footer && <div>{footer}</div>}
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}
