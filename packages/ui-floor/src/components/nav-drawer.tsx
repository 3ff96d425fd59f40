"use client";
// The drawer the styled kits give phones (< md), here at every width: a Radix dialog, so focus is
// trapped inside, Escape closes it and focus returns to the menu button.
import { appShellLabels, type NavItem } from "@payout-styles/ui-core";
import { DialogPrimitive } from "@payout-styles/ui-core/client";
import { useState } from "react";
import { DensityToggle } from "./density-toggle";
import { Menu, X } from "./icons";
import { SideNav } from "./side-nav";
import { ThemeToggle } from "./theme-toggle";

export function NavDrawer({ items }: { items: readonly NavItem[] }) {
  const [open, setOpen] = useState(false);
  return (
    <DialogPrimitive.Root open={open} onOpenChange={setOpen}>
      <DialogPrimitive.Trigger aria-label={appShellLabels.openNav}>
        <Menu />
      </DialogPrimitive.Trigger>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay />
        <DialogPrimitive.Content aria-describedby={undefined}>
          <div>
            <DialogPrimitive.Title>{appShellLabels.menu}</DialogPrimitive.Title>
            <DialogPrimitive.Close aria-label={appShellLabels.closeNav}>
              <X />
            </DialogPrimitive.Close>
          </div>
          <SideNav items={items} onNavigate={() => setOpen(false)} />
          <div>
            <ThemeToggle />
            <DensityToggle />
          </div>
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}
