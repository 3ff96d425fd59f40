/** Stacking order, lowest first; a popover opened from a dialog sits above it. */
export const zIndex = {
  sticky: "10",
  header: "20",
  overlay: "40",
  dialog: "50",
  popover: "60",
  toast: "70",
  tooltip: "80",
  skipLink: "90",
} as const;

export type ZIndexTokens = { [Layer in keyof typeof zIndex]: string };
