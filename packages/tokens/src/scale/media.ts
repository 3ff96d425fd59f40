import { breakpoint } from "./breakpoint";

/**
 * Media queries for the kits that write their own (vanilla-extract, styled-components), in the
 * same range syntax Tailwind v4 generates for `sm:`, `md:`… so all three apply at the same widths.
 */
export const media = {
  sm: `(width >= ${breakpoint.sm})`,
  md: `(width >= ${breakpoint.md})`,
  lg: `(width >= ${breakpoint.lg})`,
  xl: `(width >= ${breakpoint.xl})`,
  "2xl": `(width >= ${breakpoint["2xl"]})`,
  /** Tailwind v4 applies `hover:` only where the primary pointer can hover. */
  hover: "(hover: hover)",
  motionSafe: "(prefers-reduced-motion: no-preference)",
} as const;

export type MediaTokens = typeof media;
