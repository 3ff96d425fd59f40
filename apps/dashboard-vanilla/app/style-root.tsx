// How this app's kit brings its styles in: the kit's global .css.ts (reset, theme variables,
// page defaults) is compiled to a static stylesheet at build time; components bring their own.
import "@payout-styles/ui-vanilla/global-styles";
import type { ReactNode } from "react";

export function StyleRoot({ children }: { children: ReactNode }) {
  return children;
}
