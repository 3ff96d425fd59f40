import { loadShell } from "@payout-styles/dashboard-server";
import { dashboardNavItems } from "@payout-styles/ui-core";
import { AppShell } from "@payout-styles/ui-floor";
import type { ReactNode } from "react";
import { signOut } from "../actions";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const { sellerName } = await loadShell();
  return (
    <AppShell sellerName={sellerName} navItems={dashboardNavItems} signOutAction={signOut}>
      {children}
    </AppShell>
  );
}
