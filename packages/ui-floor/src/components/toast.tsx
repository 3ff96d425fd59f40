"use client";
import type { ToastRegionProps } from "@payout-styles/ui-core";
import { componentLabels, messageToneIcon } from "@payout-styles/ui-core";
import { dismissToast, ToastPrimitive, useToasts } from "@payout-styles/ui-core/client";
import { X } from "./icons";
import { ToneIcon } from "./tone-icon";

// Radix announces each toast, pauses its timer on hover and focus, and lets F8 reach the region.
export function ToastRegion({ label = componentLabels.toastRegion }: ToastRegionProps) {
  const toasts = useToasts();
  return (
    <ToastPrimitive.Provider>
      {toasts.map((toast) => {
        return (
          <ToastPrimitive.Root
            key={toast.id}
            // Failures stay until dismissed: they usually ask the seller to do something.
            duration={toast.tone === "danger" ? Number.POSITIVE_INFINITY : 5000}
            type={toast.tone === "danger" ? "foreground" : "background"}
            onOpenChange={(open) => {
              if (!open) dismissToast(toast.id);
            }}
            data-tone={toast.tone}
          >
            <ToneIcon name={messageToneIcon[toast.tone]} />
            <div>
              <ToastPrimitive.Title>{toast.title}</ToastPrimitive.Title>
              {toast.description && (
                <ToastPrimitive.Description>{toast.description}</ToastPrimitive.Description>
              )}
            </div>
            <ToastPrimitive.Close aria-label={componentLabels.close}>
              <X />
            </ToastPrimitive.Close>
          </ToastPrimitive.Root>
        );
      })}
      <ToastPrimitive.Viewport label={`${label} ({hotkey})`} />
    </ToastPrimitive.Provider>
  );
}
