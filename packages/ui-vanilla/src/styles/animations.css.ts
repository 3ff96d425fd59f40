import { keyframes } from "@vanilla-extract/css";

/** Tailwind's `animate-spin` keyframes. */
export const spin = keyframes({ to: { transform: "rotate(360deg)" } });

/** Tailwind's `animate-pulse` keyframes. */
export const pulse = keyframes({ "50%": { opacity: 0.5 } });
