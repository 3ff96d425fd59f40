import { describe, expect, it, vi } from "vitest";
import { dismissToast, showToast, toastQueue } from "./toast-queue";

describe("toast queue", () => {
  it("shows toasts in order with distinct ids and dismisses one by id", () => {
    const listener = vi.fn();
    const unsubscribe = toastQueue.subscribe(listener);
    showToast({ tone: "success", title: "Payout requested" });
    showToast({ tone: "danger", title: "Retry failed", description: "Try again later." });
    const [first, second] = toastQueue.getSnapshot();
    expect(first).toMatchObject({ tone: "success", title: "Payout requested" });
    expect(second).toMatchObject({ tone: "danger", description: "Try again later." });
    expect(first?.id).not.toBe(second?.id);

    dismissToast(first?.id ?? "");
    expect(toastQueue.getSnapshot()).toEqual([second]);
    expect(listener).toHaveBeenCalledTimes(3);
    unsubscribe();
    dismissToast(second?.id ?? "");
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it("keeps a snapshot unchanged until the queue changes", () => {
    const before = toastQueue.getSnapshot();
    expect(toastQueue.getSnapshot()).toBe(before);
    showToast({ tone: "info", title: "Export started" });
    expect(toastQueue.getSnapshot()).not.toBe(before);
  });

  it("renders no toasts on the server", () => {
    expect(toastQueue.getServerSnapshot()).toEqual([]);
  });
});
