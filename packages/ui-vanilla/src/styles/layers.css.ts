import { layer } from "@vanilla-extract/css";

/**
 * The reset and the page defaults, as Tailwind's `@layer base`: any class outside a layer
 * (every component and screen style) wins over it, whatever the selectors' specificity.
 */
export const baseLayer = layer("base");
