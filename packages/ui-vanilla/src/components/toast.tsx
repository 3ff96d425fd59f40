"use client";
import type { ToastRegionProps } from "@payout-styles/ui-core";
import { componentLabels, messageToneIcon } from "@payout-styles/ui-core";
import { dismissToast, ToastPrimitive, useToasts } from "@payout-styles/ui-core/client";
import { classNames } from "../styles/class-names";
import { button, iconOnly } from "./button.css";
import { X } from "./icons";
import * as styles from "./toast.css";
import { ToneIcon } from "./tone-icon";

const closeClassName = classNames(
  button({ variant: "ghost", size: "sm" }),
  iconOnly.sm,
  styles.close,
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
            className={styles.toast[toast.tone]}
          >
            <ToneIcon name={messageToneIcon[toast.tone]} className={styles.icon[toast.tone]} />
            <div className={styles.text}>
              <ToastPrimitive.Title className={styles.title}>{toast.title}</ToastPrimitive.Title>
              {toast.description && (
                <ToastPrimitive.Description className={styles.description}>
                  {toast.description}
                </ToastPrimitive.Description>
              )}
            </div>
            <ToastPrimitive.Close aria-label={componentLabels.close} className={closeClassName}>
              <X />
            </ToastPrimitive.Close>
          </ToastPrimitive.Root>
        );
      })}
      <ToastPrimitive.Viewport label={`${label} ({hotkey})`} className={styles.viewport} />
    </ToastPrimitive.Provider>
  );
}
