// The style change each kit's users would make, as data: the page title's colour (the overview's
// <h1>, on screen the moment the page loads) from the text colour to the accent colour and back,
// written the kit's way. Tailwind: swap a utility in the className (text-accent appears nowhere
// else, so its CSS must be generated); vanilla-extract: change the value in the .css.ts file;
// styled-components: change the declaration in the styled template. The floor has no styles.
import type { KitId } from "../../results/schema";

export interface StyleEdit {
  /** Relative to the repository. */
  file: string;
  /** Text found exactly once in the file at HEAD, and what it becomes. */
  from: string;
  to: string;
  /** The element whose computed style shows the change, and the property. */
  selector: string;
  property: "color";
  /** The property's value before and after, as CSS the page can compute. */
  fromValue: string;
  toValue: string;
}

const title = {
  selector: "h1",
  property: "color",
  fromValue: "var(--color-fg)",
  toValue: "var(--color-accent)",
} as const;

export const styleEdits: Record<KitId, StyleEdit> = {
  tailwind: {
    file: "packages/ui-tailwind/src/components/page-header.tsx",
    from: 'font-semibold tracking-tight text-fg">{title}',
    to: 'font-semibold tracking-tight text-accent">{title}',
    ...title,
  },
  vanilla: {
    file: "packages/ui-vanilla/src/components/page-header.css.ts",
    from: "...tightTrackingRule,\n  color: vars.color.fg,",
    to: "...tightTrackingRule,\n  color: vars.color.accent,",
    ...title,
  },
  styled: {
    file: "packages/ui-styled/src/components/page-header.tsx",
    // The source of a styled template: the placeholders are the file's text, not this file's.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: see above
    from: "${trackingTight}\n  color: ${theme.color.fg};",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: see above
    to: "${trackingTight}\n  color: ${theme.color.accent};",
    ...title,
  },
};
