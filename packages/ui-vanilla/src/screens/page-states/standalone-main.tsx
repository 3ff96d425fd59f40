import type { ReactNode } from "react";
import * as styles from "./standalone-main.css";

/** A page state outside the app shell: its own main landmark, centred like the sign-in page. */
export function StandaloneMain({ children }: { children: ReactNode }) {
  return (
    <main id="main" className={styles.main}>
      {children}
    </main>
  );
}
