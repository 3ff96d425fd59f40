"use client";
// Radix Toast (announcement, swipe, timers) plus the queue the kit's toast region renders.
import * as ToastPrimitive from "@radix-ui/react-toast";
import { useSyncExternalStore } from "react";
import type { ToastMessage } from "../components/overlays";
import { toastQueue } from "./toast-queue";

export { dismissToast, showToast } from "./toast-queue";
// Named exports only: Next refuses `export *` forms in a "use client" module.
export { ToastPrimitive };

export function useToasts(): ToastMessage[] {
  return useSyncExternalStore(
    toastQueue.subscribe,
    toastQueue.getSnapshot,
    toastQueue.getServerSnapshot,
  );
}
