/**
 * System fonts only: nothing to download, so every kit renders the same glyphs on the machine
 * that takes the screenshots. Amounts use the sans stack with tabular numerals
 * (`font-variant-numeric: tabular-nums`); ids and bank references use the mono stack.
 */
export const fontFamily = {
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  mono: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
} as const;

export const fontWeight = {
  normal: "400",
  medium: "500",
  semibold: "600",
  bold: "700",
} as const;

/** Font sizes with their line heights; `sm` is the dashboard's body size. */
export const text = {
  xs: { fontSize: "0.75rem", lineHeight: "1rem" },
  sm: { fontSize: "0.875rem", lineHeight: "1.25rem" },
  base: { fontSize: "1rem", lineHeight: "1.5rem" },
  lg: { fontSize: "1.125rem", lineHeight: "1.75rem" },
  xl: { fontSize: "1.25rem", lineHeight: "1.75rem" },
  "2xl": { fontSize: "1.5rem", lineHeight: "2rem" },
  "3xl": { fontSize: "1.875rem", lineHeight: "2.25rem" },
} as const;

export type FontFamilyTokens = { [Stack in keyof typeof fontFamily]: string };
export type FontWeightTokens = { [Weight in keyof typeof fontWeight]: string };
export type TextTokens = { [Size in keyof typeof text]: { fontSize: string; lineHeight: string } };
