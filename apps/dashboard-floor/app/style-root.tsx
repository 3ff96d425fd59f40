// How this app's kit brings its styles in: it has none. The children render as they are, with the
// browser's own defaults.
import type { ReactNode } from "react";

export function StyleRoot({ children }: { children: ReactNode }) {
  return children;
}
