import type { Tone } from "@payout-styles/ui-core";
import { vars } from "../styles/theme.css";

/** Each tone's text and background colours, to build a style per tone with styleVariants. */
export const toneColors = {
  neutral: vars.color.neutral,
  info: vars.color.info,
  success: vars.color.success,
  warning: vars.color.warning,
  danger: vars.color.danger,
} as const satisfies Record<Tone, { fg: string; bg: string }>;
