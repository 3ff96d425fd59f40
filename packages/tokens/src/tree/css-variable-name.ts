import type { TokenTree } from "./token-tree";

// Each group sits in the Tailwind v4 theme namespace whose utilities read it, so `bg-surface`,
// `h-row-height`, `z-dialog` and `duration-fast` resolve to the same custom properties that
// the vanilla-extract contract and the styled-components theme use. Density values are
// spacing, which gives Tailwind `h-row-height` and `px-cell-padding-x`.
const namespaces: Record<keyof TokenTree, string> = {
  color: "color",
  spacing: "spacing",
  radius: "radius",
  fontFamily: "font",
  fontWeight: "font-weight",
  text: "text",
  shadow: "shadow",
  breakpoint: "breakpoint",
  zIndex: "z-index",
  duration: "transition-duration",
  ease: "ease",
  density: "spacing",
};

function isTokenGroup(key: string): key is keyof TokenTree {
  return Object.hasOwn(namespaces, key);
}

// A dot is not allowed unescaped in a custom property name; Tailwind reads `p-0.5` from
// `--spacing-0_5`.
function kebab(segment: string): string {
  return segment
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .replaceAll(".", "_");
}

/**
 * The CSS custom property of a token, from its path in the token tree:
 * `["color", "surfaceRaised"]` is `--color-surface-raised`, `["density", "rowHeight"]` is
 * `--spacing-row-height`, `["text", "sm", "lineHeight"]` is `--text-sm--line-height` (Tailwind's
 * sub-property form). The one naming of variables shared by the three kits.
 */
export function cssVariableName(path: readonly string[]): `--${string}` {
  const [group = "", ...rest] = path;
  const namespace = isTokenGroup(group) ? namespaces[group] : kebab(group);
  if (group === "text") {
    const [size = "", property = "fontSize"] = rest;
    const suffix = property === "fontSize" ? "" : `--${kebab(property)}`;
    return `--${namespace}-${kebab(size)}${suffix}`;
  }
  return `--${[namespace, ...rest.map(kebab)].join("-")}`;
}
