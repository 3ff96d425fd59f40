/** Tailwind's spacing unit: every numeric step below is its key times this. */
export const spacingUnit = "0.25rem";

/** The spacing scale, keyed like Tailwind's (`p-4` is `spacing["4"]`). */
export const spacing = {
  "0": "0rem",
  px: "1px",
  "0.5": "0.125rem",
  "1": "0.25rem",
  "1.5": "0.375rem",
  "2": "0.5rem",
  "2.5": "0.625rem",
  "3": "0.75rem",
  "4": "1rem",
  "5": "1.25rem",
  "6": "1.5rem",
  "8": "2rem",
  "10": "2.5rem",
  "12": "3rem",
  "16": "4rem",
  "20": "5rem",
  "24": "6rem",
} as const;

export type SpacingTokens = { [Step in keyof typeof spacing]: string };
