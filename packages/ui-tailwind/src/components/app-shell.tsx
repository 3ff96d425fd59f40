import { type AppShellProps, appShellLabels } from "@payout-styles/ui-core";
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
    <div className="min-h-dvh bg-canvas text-fg md:grid md:grid-cols-[15rem_minmax(0,1fr)]">
      <a
        href="#main"
        className="fixed top-2 left-2 z-(--z-index-skip-link) rounded-md bg-surface px-4 py-2 text-sm font-medium text-fg shadow-lg not-focus:sr-only focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus-ring"
      >
        {appShellLabels.skipLink}
      </a>
      <aside className="hidden border-r border-border bg-surface md:block">
        <div className="sticky top-0 flex h-dvh flex-col gap-4 overflow-y-auto p-3">
          <p className="flex h-8 items-center px-3 text-base font-semibold text-fg">
            {appShellLabels.productName}
          </p>
          <SideNav items={navItems} />
        </div>
      </aside>
      <div className="flex min-w-0 flex-col">
        <header className="sticky top-0 z-(--z-index-header) flex h-14 items-center gap-3 border-b border-border bg-surface px-4 md:px-8">
          <NavDrawer items={navItems} />
          <p className="min-w-0 flex-1 truncate text-sm font-medium text-fg">{sellerName}</p>
          <div className="hidden items-center gap-2 md:flex">
            <ThemeToggle />
            <DensityToggle />
          </div>
          <form action={signOutAction}>
            <Button type="submit" variant="ghost" size="sm" icon={<LogOut />}>
              <span className="max-sm:sr-only">{appShellLabels.signOut}</span>
            </Button>
          </form>
        </header>
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 outline-none md:p-8"
        >
          {children}
        </main>
      </div>
    </div>
  );
}
