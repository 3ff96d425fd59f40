import type { ReactNode } from "react";

/** A page state outside the app shell: its own main landmark, centred like the sign-in page. */
export function StandaloneMain({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="mx-auto flex w-full max-w-2xl flex-col px-4 py-16 md:px-8">
      {children}
    </main>
  );
}
