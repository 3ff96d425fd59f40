import { type AppShellProps, appShellLabels } from "@payout-styles/ui-core";
import * as styles from "./app-shell.css";
import { Button } from "./button";
import { DensityToggle } from "./density-toggle";
import { LogOut } from "./icons";
import { NavDrawer } from "./nav-drawer";
import { SideNav } from "./side-nav";
import { ThemeToggle } from "./theme-toggle";

// From `md` up: a sticky side navigation beside a sticky top bar. Below it the navigation and the
// preferences move into a drawer behind the top bar's menu button (they do not fit 360 px).
export function AppShell({ sellerName, navItems, signOutAction, children }: AppShellProps) {
  return (
    <div className={styles.shell}>
      <a href="#main" className={styles.skipLink}>
        {appShellLabels.skipLink}
      </a>
      <aside className={styles.sidebar}>
        <div className={styles.sidebarContent}>
          <p className={styles.productName}>{appShellLabels.productName}</p>
          <SideNav items={navItems} />
        </div>
      </aside>
      <div className={styles.column}>
        <header className={styles.topBar}>
          <NavDrawer items={navItems} />
          <p className={styles.sellerName}>{sellerName}</p>
          <div className={styles.preferences}>
            <ThemeToggle />
            <DensityToggle />
          </div>
          <form action={signOutAction}>
            <Button type="submit" variant="ghost" size="sm" icon={<LogOut />}>
              <span className={styles.signOutText}>{appShellLabels.signOut}</span>
            </Button>
          </form>
        </header>
        <main id="main" tabIndex={-1} className={styles.main}>
          {children}
        </main>
      </div>
    </div>
  );
}
