"use client";
// Phones (< md) reach the navigation and the preferences through a drawer: a Radix dialog, so
// focus is trapped inside, Escape closes it and focus returns to the menu button.
import { appShellLabels, type NavItem } from "@payout-styles/ui-core";
import { DialogPrimitive } from "@payout-styles/ui-core/client";
import { useState } from "react";
import styled, { css } from "styled-components";
import { onHover, textSize } from "../styles/mixins";
import { media, theme } from "../styles/theme";
import { type ButtonStyleProps, buttonStyles } from "./button";
import { DensityToggle } from "./density-toggle";
import { Menu, X } from "./icons";
import { SideNav } from "./side-nav";
import { ThemeToggle } from "./theme-toggle";

const iconButtonStyles = css`
  ${buttonStyles}
  width: ${theme.spacing["10"]};
  height: ${theme.spacing["10"]};
  padding-inline: 0;
  color: ${theme.color.fgMuted};
  ${onHover(css`
    color: ${theme.color.fg};
  `)}
`;

const MenuTrigger = styled(DialogPrimitive.Trigger).attrs<ButtonStyleProps>({
  $variant: "ghost",
  $size: "sm",
})`
  ${iconButtonStyles}
  margin-inline-start: -${theme.spacing["2"]};
  @media ${media.md} {
    display: none;
  }
`;

const CloseButton = styled(DialogPrimitive.Close).attrs<ButtonStyleProps>({
  $variant: "ghost",
  $size: "sm",
})`
  ${iconButtonStyles}
`;

const DrawerIcon = css`
  width: ${theme.spacing["5"]};
  height: ${theme.spacing["5"]};
`;

const MenuIcon = styled(Menu)`
  ${DrawerIcon}
`;

const CloseIcon = styled(X)`
  ${DrawerIcon}
`;

const Overlay = styled(DialogPrimitive.Overlay)`
  position: fixed;
  inset: 0;
  z-index: ${theme.zIndex.overlay};
  background-color: ${theme.color.overlay};
  @media ${media.md} {
    display: none;
  }
`;

const Drawer = styled(DialogPrimitive.Content)`
  position: fixed;
  inset-block: 0;
  left: 0;
  z-index: ${theme.zIndex.dialog};
  display: flex;
  width: 18rem;
  max-width: 85vw;
  flex-direction: column;
  gap: ${theme.spacing["4"]};
  border-right: 1px solid ${theme.color.border};
  background-color: ${theme.color.surface};
  padding: ${theme.spacing["4"]};
  color: ${theme.color.fg};
  box-shadow: ${theme.shadow.xl};
  @media ${media.md} {
    display: none;
  }
`;

const DrawerHeader = styled.div`
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: ${theme.spacing["2"]};
`;

const DrawerTitle = styled(DialogPrimitive.Title)`
  padding-inline: ${theme.spacing["3"]};
  ${textSize("base")}
  font-weight: ${theme.fontWeight.semibold};
`;

const Preferences = styled.div`
  margin-top: auto;
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${theme.spacing["3"]};
  border-top: 1px solid ${theme.color.border};
  padding-top: ${theme.spacing["4"]};
`;

export function NavDrawer({ items }: { items: readonly NavItem[] }) {
  const [open, setOpen] = useState(false);
  return (
    <DialogPrimitive.Root open={open} onOpenChange={setOpen}>
      <MenuTrigger aria-label={appShellLabels.openNav}>
        <MenuIcon />
      </MenuTrigger>
      <DialogPrimitive.Portal>
        <Overlay />
        <Drawer aria-describedby={undefined}>
          <DrawerHeader>
            <DrawerTitle>{appShellLabels.menu}</DrawerTitle>
            <CloseButton aria-label={appShellLabels.closeNav}>
              <CloseIcon />
            </CloseButton>
          </DrawerHeader>
          <SideNav items={items} onNavigate={() => setOpen(false)} />
          <Preferences>
            <ThemeToggle />
            <DensityToggle />
          </Preferences>
        </Drawer>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}
