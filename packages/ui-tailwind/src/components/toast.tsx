"use client";
import type { ToastRegionProps } from "@payout-styles/ui-core";
import { componentLabels, messageToneIcon } from "@payout-styles/ui-core";
import { dismissToast, ToastPrimitive, useToasts } from "@payout-styles/ui-core/client";
import { cva } from "class-variance-authority";
import { cn } from "../lib/cn";
import { buttonVariants } from "./button";
import { X } from "./icons";
import { ToneIcon } from "./tone-icon";

const toastIconVariants = cva("mt-0.5 size-5", {
  variants: {
    tone: { info: "text-info-fg", success: "text-success-fg", danger: "text-danger-fg" },
  },
});

const toastVariants = cva(
  "flex w-full items-start gap-3 rounded-lg border border-s-4 border-border bg-surface-raised p-4 text-fg shadow-lg",
  {
    variants: {
      tone: {
        info: "border-s-info-fg",
        success: "border-s-success-fg",
        danger: "border-s-danger-fg",
      },
    },
  },
);

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
            className={toastVariants({ tone: toast.tone })}
          >
            <ToneIcon
              name={messageToneIcon[toast.tone]}
              className={toastIconVariants({ tone: toast.tone })}
            />
            <div className="min-w-0 flex-1 space-y-1">
              <ToastPrimitive.Title className="text-sm font-semibold text-fg">
                {toast.title}
              </ToastPrimitive.Title>
              {toast.description && (
                <ToastPrimitive.Description className="text-sm text-fg-muted">
                  {toast.description}
                </ToastPrimitive.Description>
              )}
            </div>
            <ToastPrimitive.Close
              aria-label={componentLabels.close}
              className={cn(
                buttonVariants({ variant: "ghost", size: "sm" }),
                "-me-2 -mt-2 size-10 px-0 text-fg-muted sm:size-8",
              )}
            >
              <X />
            </ToastPrimitive.Close>
          </ToastPrimitive.Root>
        );
      })}
      <ToastPrimitive.Viewport
        label={`${label} ({hotkey})`}
        className="fixed inset-x-0 bottom-0 z-(--z-index-toast) flex max-h-dvh flex-col gap-2 p-4 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-focus-ring sm:inset-s-auto sm:inset-e-0 sm:w-96"
      />
    </ToastPrimitive.Provider>
  );
}
