// Which icon tells each tone by shape, so status is never told by colour alone. The names are the
// contract (every kit shows the same icon); each kit draws them its own way.
import type { Tone } from "./display";

export type ToneIconName =
  | "minus-circle"
  | "clock"
  | "check-circle"
  | "alert-triangle"
  | "x-circle"
  | "info";

/** A status (badge, timeline event): "info" is something in progress, hence a clock. */
export const statusToneIcon: Record<Tone, ToneIconName> = {
  neutral: "minus-circle",
  info: "clock",
  success: "check-circle",
  warning: "alert-triangle",
  danger: "x-circle",
};

/** A message (banner, toast): "info" is information. */
export const messageToneIcon: Record<Exclude<Tone, "neutral">, ToneIconName> = {
  info: "info",
  success: "check-circle",
  warning: "alert-triangle",
  danger: "x-circle",
};
