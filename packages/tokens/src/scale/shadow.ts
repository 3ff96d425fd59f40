/**
 * The same in both themes: Tailwind copies a shadow's value into each `shadow-*` utility (to
 * let `shadow-<color>` recolour it), so a shadow swapped in the dark block would not reach
 * Tailwind's utilities. In the dark theme, raised surfaces are told apart by their lighter fill.
 */
export const shadow = {
  sm: "0 1px 2px 0 rgb(16 24 40 / 0.06)",
  md: "0 1px 3px 0 rgb(16 24 40 / 0.1), 0 1px 2px -1px rgb(16 24 40 / 0.1)",
  lg: "0 10px 15px -3px rgb(16 24 40 / 0.1), 0 4px 6px -4px rgb(16 24 40 / 0.1)",
  xl: "0 20px 25px -5px rgb(16 24 40 / 0.12), 0 8px 10px -6px rgb(16 24 40 / 0.1)",
} as const;

export type ShadowTokens = { [Size in keyof typeof shadow]: string };
