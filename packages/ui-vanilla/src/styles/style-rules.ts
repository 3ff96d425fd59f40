// Style fragments shared by the .css.ts files: spread them into a style object, or list them in
// a style([...]) array (vanilla-extract deep-merges the objects, so several "@media" blocks meet).
import { media, spacingUnit } from "@payout-styles/tokens";
import { globalStyle, type StyleRule } from "@vanilla-extract/css";
import { vars } from "./theme.css";

type SelectorStyle = NonNullable<StyleRule["selectors"]>[string];

/** A spacing step outside the token scale (`h-11`, `size-9`): the step times the unit. */
export function space(step: number): string {
  return `calc(${spacingUnit} * ${step})`;
}

/** `hover:`: only where the primary pointer can hover, as Tailwind v4 generates it. */
export function hover(rule: SelectorStyle): StyleRule {
  return { "@media": { [media.hover]: { selectors: { "&:hover": rule } } } };
}

export const focusRingRule = {
  outlineStyle: "solid",
  outlineWidth: 2,
  outlineOffset: 2,
  outlineColor: vars.color.focusRing,
} as const satisfies SelectorStyle;

export const visuallyHiddenRule = {
  position: "absolute",
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: "hidden",
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
  borderWidth: 0,
} as const satisfies SelectorStyle;

/** `truncate`: one line, cut with an ellipsis. */
export const truncateRule = {
  overflow: "hidden",
  textOverflow: "ellipsis",
  whiteSpace: "nowrap",
} as const satisfies SelectorStyle;

/** `transition-colors` with the theme's default duration and easing. */
export const transitionColorsRule = {
  transitionProperty:
    "color, background-color, border-color, outline-color, text-decoration-color, fill, stroke",
  transitionTimingFunction: vars.ease.standard,
  transitionDuration: vars.duration.normal,
} as const satisfies SelectorStyle;

/** `tabular-nums`: figures of one width, so amounts line up in columns. */
export const tabularNumsRule = { fontVariantNumeric: "tabular-nums" } as const;

/** `tracking-tight`. */
export const tightTrackingRule = { letterSpacing: "-0.025em" } as const;

/** `shadow-none`. */
export const shadowNone = { boxShadow: "0 0 #0000" } as const;

/**
 * `space-y-*`: a gap after every child but the last, without specificity (Tailwind's :where), so
 * a child's own margin still wins. Call it from a .css.ts file.
 */
export function spaceY(parent: string, gap: string): void {
  globalStyle(`:where(${parent} > :not(:last-child))`, { marginBlockEnd: gap });
}
