export const duration = {
  fast: "100ms",
  normal: "150ms",
  slow: "250ms",
} as const;

export const ease = {
  standard: "cubic-bezier(0.2, 0, 0, 1)",
  in: "cubic-bezier(0.4, 0, 1, 1)",
  out: "cubic-bezier(0, 0, 0.2, 1)",
  inOut: "cubic-bezier(0.4, 0, 0.2, 1)",
} as const;

export type DurationTokens = { [Speed in keyof typeof duration]: string };
export type EaseTokens = { [Curve in keyof typeof ease]: string };
