/**
 * Min-width breakpoints, in rem like Tailwind's (16px each at the browser's default size):
 * 360, 640, 768, 1024, 1280, 1536 and 1920 px. Media queries cannot read custom properties, so
 * every kit writes these values, never `var(--breakpoint-*)`, in its media queries.
 */
export const breakpoint = {
  xs: "22.5rem",
  sm: "40rem",
  md: "48rem",
  lg: "64rem",
  xl: "80rem",
  "2xl": "96rem",
  "3xl": "120rem",
} as const;

export type BreakpointTokens = { [Size in keyof typeof breakpoint]: string };
