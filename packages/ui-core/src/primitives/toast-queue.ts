// The toasts on screen, as a tiny store outside React: showToast can be called from anywhere on
// the client (an action's result handler, a form), and the kit's toast region subscribes.
import type { ToastMessage } from "../components/overlays";

type Listener = () => void;

const listeners = new Set<Listener>();
const noToasts: ToastMessage[] = [];
let toasts: ToastMessage[] = noToasts;
let shown = 0;

function publish(next: ToastMessage[]) {
  toasts = next;
  for (const listener of listeners) listener();
}

export function showToast(message: Omit<ToastMessage, "id">): void {
  shown += 1;
  publish([...toasts, { ...message, id: `toast-${shown}` }]);
}

export function dismissToast(id: string): void {
  publish(toasts.filter((toast) => toast.id !== id));
}

export const toastQueue = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot: (): ToastMessage[] => toasts,
  getServerSnapshot: (): ToastMessage[] => noToasts,
};
