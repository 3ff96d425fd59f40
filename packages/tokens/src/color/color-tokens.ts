/** The two colour themes; "system" is resolved to one of these by the app before first paint. */
export type ThemeName = "light" | "dark";

/** A status colour used for text on its own tinted background (badges, banners). */
export interface StatusColor {
  fg: string;
  bg: string;
}

/**
 * Semantic colours of the payouts dashboard. `fg*` are text and icon colours; every value is a
 * CSS colour string (hex, with alpha where the colour is a veil).
 */
export interface ColorTokens {
  /** Page background behind cards and tables. */
  canvas: string;
  /** Cards, tables, side navigation. */
  surface: string;
  /** Popovers, menus, dialogs: above the surface. */
  surfaceRaised: string;
  /** Table headers, read-only fields, code. */
  surfaceMuted: string;
  /** Hovered rows and navigation items. */
  surfaceHover: string;
  border: string;
  /** Input and control outlines: meets 3:1 against the surface. */
  borderStrong: string;
  fg: string;
  fgMuted: string;
  /** Disabled text and decorative icons only: meets 3:1, not 4.5:1. */
  fgSubtle: string;
  /** Primary buttons and selected controls. */
  accent: string;
  accentHover: string;
  /** Text and icons on `accent`. */
  accentFg: string;
  /** Tint behind the selected navigation item or row. */
  accentSubtle: string;
  /** Links and accent-coloured text on surfaces. */
  link: string;
  focusRing: string;
  /** Paid. */
  success: StatusColor;
  /** Pending, needs attention. */
  warning: StatusColor;
  /** Failed, reversed. */
  danger: StatusColor;
  /** In transit. */
  info: StatusColor;
  /** Canceled, draft. */
  neutral: StatusColor;
  /** Earnings chart series. */
  chart: { gross: string; fees: string; net: string };
  /** Backdrop behind dialogs. */
  overlay: string;
  skeleton: string;
  skeletonHighlight: string;
}
