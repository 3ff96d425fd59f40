"use client";
import type { DialogProps } from "@payout-styles/ui-core";
import { componentLabels } from "@payout-styles/ui-core";
import { DialogPrimitive } from "@payout-styles/ui-core/client";
import { classNames } from "../styles/class-names";
import { button, iconOnly } from "./button.css";
import * as styles from "./dialog.css";
import { X } from "./icons";

const closeClassName = classNames(
  button({ variant: "ghost", size: "sm" }),
  iconOnly.sm,
  styles.close,
);

// Focus trap, Escape, return of focus and the aria wiring are Radix's; this file only styles.
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
        <DialogPrimitive.Overlay className={styles.overlay} />
        <DialogPrimitive.Content
          // Without a description Radix must not point aria-describedby at a missing element.
          {...(description ? {} : { "aria-describedby": undefined })}
          className={styles.content}
        >
          <div className={styles.header}>
            <div className={styles.heading}>
              <DialogPrimitive.Title className={styles.title}>{title}</DialogPrimitive.Title>
              {description && (
                <DialogPrimitive.Description className={styles.description}>
                  {description}
                </DialogPrimitive.Description>
              )}
            </div>
            <DialogPrimitive.Close aria-label={componentLabels.close} className={closeClassName}>
              <X />
            </DialogPrimitive.Close>
          </div>
          <div className={styles.body}>{children}</div>
          {footer && <div className={styles.footer}>{footer}</div>}
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}
