"use client";
// Phones (< md) reach the navigation and the preferences through a drawer: a Radix dialog, so
// focus is trapped inside, Escape closes it and focus returns to the menu button.
import { appShellLabels, type NavItem } from "@payout-styles/ui-core";
import { DialogPrimitive } from "@payout-styles/ui-core/client";
import { useState } from "react";
import { classNames } from "../styles/class-names";
import { button } from "./button.css";
import { DensityToggle } from "./density-toggle";
import { Menu, X } from "./icons";
import * as styles from "./nav-drawer.css";
import { SideNav } from "./side-nav";
import { ThemeToggle } from "./theme-toggle";

const iconButtonClass = classNames(button({ variant: "ghost", size: "sm" }), styles.iconButton);

export function NavDrawer({ items }: { items: readonly NavItem[] }) {
  const [open, setOpen] = useState(false);
  return (
    <DialogPrimitive.Root open={open} onOpenChange={setOpen}>
      <DialogPrimitive.Trigger
        aria-label={appShellLabels.openNav}
        className={classNames(iconButtonClass, styles.trigger)}
      >
        <Menu className={styles.icon} />
      </DialogPrimitive.Trigger>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className={styles.overlay} />
        <DialogPrimitive.Content aria-describedby={undefined} className={styles.content}>
          <div className={styles.header}>
            <DialogPrimitive.Title className={styles.title}>
              {appShellLabels.menu}
            </DialogPrimitive.Title>
            <DialogPrimitive.Close aria-label={appShellLabels.closeNav} className={iconButtonClass}>
              <X className={styles.icon} />
            </DialogPrimitive.Close>
          </div>
          <SideNav items={items} onNavigate={() => setOpen(false)} />
          <div className={styles.preferences}>
            <ThemeToggle />
            <DensityToggle />
          </div>
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}
