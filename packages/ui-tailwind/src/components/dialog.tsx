"use client";
import type { DialogProps } from "@payout-styles/ui-core";
import { componentLabels } from "@payout-styles/ui-core";
import { DialogPrimitive } from "@payout-styles/ui-core/client";
import { cn } from "../lib/cn";
import { buttonVariants } from "./button";
import { X } from "./icons";

// Focus trap, Escape, return of focus and the aria wiring are Radix's; this file only styles.
// Phones get a bottom sheet (full width, thumb-reachable footer); from `sm` up a centred dialog.
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
        <DialogPrimitive.Overlay className="fixed inset-0 z-(--z-index-overlay) bg-overlay" />
        <DialogPrimitive.Content
          // Without a description Radix must not point aria-describedby at a missing element.
          {...(description ? {} : { "aria-describedby": undefined })}
          className={cn(
            "fixed inset-x-0 bottom-0 z-(--z-index-dialog) flex max-h-[90dvh] flex-col rounded-t-xl border border-border bg-surface-raised text-fg shadow-xl",
            "sm:inset-x-auto sm:top-1/2 sm:bottom-auto sm:left-1/2 sm:w-full sm:max-w-lg sm:-translate-1/2 sm:rounded-lg",
          )}
        >
          <div className="flex items-start justify-between gap-4 px-6 pt-6">
            <div className="min-w-0 space-y-1.5">
              <DialogPrimitive.Title className="text-lg font-semibold text-fg">
                {title}
              </DialogPrimitive.Title>
              {description && (
                <DialogPrimitive.Description className="text-sm text-fg-muted">
                  {description}
                </DialogPrimitive.Description>
              )}
            </div>
            <DialogPrimitive.Close
              aria-label={componentLabels.close}
              className={cn(
                buttonVariants({ variant: "ghost", size: "sm" }),
                "-me-2 -mt-1 size-10 px-0 text-fg-muted sm:size-8",
              )}
            >
              <X />
            </DialogPrimitive.Close>
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto px-6 py-4">{children}</div>
          {footer && (
            <div className="flex flex-col-reverse gap-2 border-t border-border px-6 py-4 sm:flex-row sm:justify-end">
              {footer}
            </div>
          )}
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}
