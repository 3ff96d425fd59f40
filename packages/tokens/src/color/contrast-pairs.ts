import type { ColorTokens } from "./color-tokens";

/** A colour token by its path in `ColorTokens`: `"surface"`, `"danger.fg"`, `"chart.net"`. */
export type ColorTokenName = {
  [Key in keyof ColorTokens & string]: ColorTokens[Key] extends string
    ? Key
    : `${Key}.${keyof ColorTokens[Key] & string}`;
}[keyof ColorTokens & string];

/** WCAG 2.2 AA: 1.4.3 for text, 1.4.11 for UI components and graphical objects. */
export type ContrastKind = "text" | "large-text" | "ui";

export const minimumContrast: Record<ContrastKind, number> = {
  text: 4.5,
  "large-text": 3,
  ui: 3,
};

export type ContrastPair = readonly [
  foreground: ColorTokenName,
  background: ColorTokenName,
  kind: ContrastKind,
];

const surfaces = ["canvas", "surface", "surfaceRaised", "surfaceMuted", "surfaceHover"] as const;
const statuses = ["success", "warning", "danger", "info", "neutral"] as const;
const chartSeries = ["chart.gross", "chart.fees", "chart.net"] as const;

/** Every foreground the dashboard draws on a background, in both themes. */
export const contrastPairs: readonly ContrastPair[] = [
  ...surfaces.flatMap((background): ContrastPair[] => [
    ["fg", background, "text"],
    ["fgMuted", background, "text"],
    ["link", background, "text"],
    ["fgSubtle", background, "ui"],
    ["focusRing", background, "ui"],
  ]),
  ["borderStrong", "surface", "ui"],
  ["borderStrong", "canvas", "ui"],
  ["accentFg", "accent", "text"],
  ["accentFg", "accentHover", "text"],
  ["fg", "accentSubtle", "text"],
  ["link", "accentSubtle", "text"],
  ...statuses.flatMap((status): ContrastPair[] => [
    [`${status}.fg`, `${status}.bg`, "text"],
    [`${status}.fg`, "surface", "text"],
    [`${status}.fg`, "canvas", "text"],
    [`${status}.fg`, "surfaceRaised", "text"],
  ]),
  ...chartSeries.map((series): ContrastPair => [series, "surface", "ui"]),
];
