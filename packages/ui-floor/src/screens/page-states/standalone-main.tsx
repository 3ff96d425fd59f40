import type { ReactNode } from "react";

/** A page state outside the app shell: its own main landmark. */
export function StandaloneMain({ children }: { children: ReactNode }) {
  return <main id="main">{children}</main>;
}
