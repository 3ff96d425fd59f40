// A screen story shows the screen as a seller sees it: inside the app shell, with the seeded
// seller's name, as the dashboard's (dashboard) layout renders it.
import { dashboardNavItems } from "@payout-styles/ui-core";
import type { Decorator } from "@storybook/react-vite";
import { fn } from "storybook/test";
import { AppShell } from "../contract/components";

export function inAppShell<Args>(sellerName: string): Decorator<Args> {
  return (Story) => (
    <AppShell sellerName={sellerName} navItems={dashboardNavItems} signOutAction={fn()}>
      <Story />
    </AppShell>
  );
}

/** Parameters every screen story shares: full width, kits stacked in the side-by-side view. */
export const screenParameters = { layout: "fullscreen", kitLayout: "rows" } as const;
