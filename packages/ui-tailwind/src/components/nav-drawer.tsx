"use client";
// Phones (< md) reach the navigation and the preferences through a drawer: a Radix dialog, so
// focus is trapped inside, Escape closes it and focus returns to the menu button.
import { appShellLabels, type NavItem } from "@payout-styles/ui-core";
import { DialogPrimitive } from "@payout-styles/ui-core/client";
import { useState } from "react";
import { cn } from "../lib/cn";
import { buttonVariants } from "./button";
import { DensityToggle } from "./density-toggle";
import { Menu, X } from "./icons";
import { SideNav } from "./side-nav";
import { ThemeToggle } from "./theme-toggle";

const iconButtonClass = cn(
  buttonVariants({ variant: "ghost", size: "sm" }),
  "size-10 px-0 text-fg-muted hover:text-fg",
);

export function NavDrawer({ items }: { items: readonly NavItem[] }) {
  const [open, setOpen] = useState(false);
  return (
    <DialogPrimitive.Root open={open} onOpenChange={setOpen}>
      <DialogPrimitive.Trigger
        aria-label={appShellLabels.openNav}
        className={cn(iconButtonClass, "-ms-2 md:hidden")}
      >
        <Menu className="size-5" />
      </DialogPrimitive.Trigger>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className="fixed inset-0 z-(--z-index-overlay) bg-overlay md:hidden" />
        <DialogPrimitive.Content
          aria-describedby={undefined}
          className="fixed inset-y-0 left-0 z-(--z-index-dialog) flex w-72 max-w-[85vw] flex-col gap-4 border-r border-border bg-surface p-4 text-fg shadow-xl md:hidden"
        >
          <div className="flex items-center justify-between gap-2">
            <DialogPrimitive.Title className="px-3 text-base font-semibold">
              {appShellLabels.menu}
            </DialogPrimitive.Title>
            <DialogPrimitive.Close aria-label={appShellLabels.closeNav} className={iconButtonClass}>
              <X className="size-5" />
            </DialogPrimitive.Close>
          </div>
          <SideNav items={items} onNavigate={() => setOpen(false)} />
          <div className="mt-auto flex flex-wrap items-center gap-3 border-t border-border pt-4">
            <ThemeToggle />
            <DensityToggle />
          </div>
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}
