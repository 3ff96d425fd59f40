// How this app's kit brings its styles in: Tailwind compiles one stylesheet, imported here.
import type { ReactNode } from "react";
import "./globals.css";

export function StyleRoot({ children }: { children: ReactNode }) {
  return children;
}
