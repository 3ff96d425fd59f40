import { type AppShellProps, appShellLabels } from "@payout-styles/ui-core";
import { Button } from "./button";
import { DensityToggle } from "./density-toggle";
import { LogOut } from "./icons";
import { NavDrawer } from "./nav-drawer";
import { SideNav } from "./side-nav";
import { ThemeToggle } from "./theme-toggle";

// Both ways to the navigation are in the markup at every width, as in the other kits: the side
// navigation and the top bar's menu button (the styled kits show one or the other by width).
export function AppShell({ sellerName, navItems, signOutAction, children }: AppShellProps) {
  return (
    <div>
      <a href="#main">{appShellLabels.skipLink}</a>
      <aside>
        <div>
          <p>{appShellLabels.productName}</p>
          <SideNav items={navItems} />
        </div>
      </aside>
      <div>
        <header>
          <NavDrawer items={navItems} />
          <p>{sellerName}</p>
          <div>
            <ThemeToggle />
            <DensityToggle />
          </div>
          <form action={signOutAction}>
            <Button type="submit" icon={<LogOut />}>
              <span>{appShellLabels.signOut}</span>
            </Button>
          </form>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
