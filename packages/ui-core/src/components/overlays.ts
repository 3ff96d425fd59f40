// Dialogs, toasts. Focus trap, escape, return of focus and announcement come from Radix UI
// primitives (re-exported by ui-core); the kits only style them.
import type { ReactNode } from "react";
import type { Tone } from "./display";

export interface DialogProps {
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** The element that opens it (rendered through Radix's Trigger asChild). */
  trigger?: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  /** Buttons at the bottom, e.g. cancel + confirm. */
  footer?: ReactNode;
}

export interface ToastMessage {
  id: string;
  tone: Exclude<Tone, "neutral" | "warning">;
  title: string;
  description?: string;
}

export interface ToastRegionProps {
  /** Where toasts are shown; one per app. */
  label?: string;
}
