import { type AppShellProps, appShellLabels } from "@payout-styles/ui-core";
import styled from "styled-components";
import { focusRing, textSize, truncate, visuallyHidden } from "../styles/mixins";
import { media, theme } from "../styles/theme";
import { Button } from "./button";
import { DensityToggle } from "./density-toggle";
import { LogOut } from "./icons";
import { NavDrawer } from "./nav-drawer";
import { SideNav } from "./side-nav";
import { ThemeToggle } from "./theme-toggle";

const Shell = styled.div`
  min-height: 100dvh;
  background-color: ${theme.color.canvas};
  color: ${theme.color.fg};
  @media ${media.md} {
    display: grid;
    grid-template-columns: 15rem minmax(0, 1fr);
  }
`;

const SkipLink = styled.a`
  position: fixed;
  top: ${theme.spacing["2"]};
  left: ${theme.spacing["2"]};
  z-index: ${theme.zIndex.skipLink};
  border-radius: ${theme.radius.md};
  background-color: ${theme.color.surface};
  padding: ${theme.spacing["2"]} ${theme.spacing["4"]};
  ${textSize("sm")}
  font-weight: ${theme.fontWeight.medium};
  color: ${theme.color.fg};
  box-shadow: ${theme.shadow.lg};
  &:not(:focus) {
    ${visuallyHidden}
  }
  ${focusRing}
`;

const Sidebar = styled.aside`
  display: none;
  border-right: 1px solid ${theme.color.border};
  background-color: ${theme.color.surface};
  @media ${media.md} {
    display: block;
  }
`;

const SidebarInner = styled.div`
  position: sticky;
  top: 0;
  display: flex;
  height: 100dvh;
  flex-direction: column;
  gap: ${theme.spacing["4"]};
  overflow-y: auto;
  padding: ${theme.spacing["3"]};
`;

const ProductName = styled.p`
  display: flex;
  height: ${theme.spacing["8"]};
  align-items: center;
  padding-inline: ${theme.spacing["3"]};
  ${textSize("base")}
  font-weight: ${theme.fontWeight.semibold};
  color: ${theme.color.fg};
`;

const Column = styled.div`
  display: flex;
  min-width: 0;
  flex-direction: column;
`;

const TopBar = styled.header`
  position: sticky;
  top: 0;
  z-index: ${theme.zIndex.header};
  display: flex;
  height: 3.5rem;
  align-items: center;
  gap: ${theme.spacing["3"]};
  border-bottom: 1px solid ${theme.color.border};
  background-color: ${theme.color.surface};
  padding-inline: ${theme.spacing["4"]};
  @media ${media.md} {
    padding-inline: ${theme.spacing["8"]};
  }
`;

const SellerName = styled.p`
  min-width: 0;
  flex: 1;
  ${truncate}
  ${textSize("sm")}
  font-weight: ${theme.fontWeight.medium};
  color: ${theme.color.fg};
`;

const Preferences = styled.div`
  display: none;
  align-items: center;
  gap: ${theme.spacing["2"]};
  @media ${media.md} {
    display: flex;
  }
`;

const SignOutText = styled.span`
  @media (width < ${theme.breakpoint.sm}) {
    ${visuallyHidden}
  }
`;

const Main = styled.main`
  margin-inline: auto;
  width: 100%;
  max-width: 80rem;
  flex: 1;
  padding: ${theme.spacing["6"]} ${theme.spacing["4"]};
  outline-style: none;
  @media ${media.md} {
    padding: ${theme.spacing["8"]};
  }
`;

// From `md` up: a sticky side navigation beside a sticky top bar. Below it the navigation and the
// preferences move into a drawer behind the top bar's menu button (they do not fit 360 px).
export function AppShell({ sellerName, navItems, signOutAction, children }: AppShellProps) {
  return (
    <Shell>
      <SkipLink href="#main">{appShellLabels.skipLink}</SkipLink>
      <Sidebar>
        <SidebarInner>
          <ProductName>{appShellLabels.productName}</ProductName>
          <SideNav items={navItems} />
        </SidebarInner>
      </Sidebar>
      <Column>
        <TopBar>
          <NavDrawer items={navItems} />
          <SellerName>{sellerName}</SellerName>
          <Preferences>
            <ThemeToggle />
            <DensityToggle />
          </Preferences>
          <form action={signOutAction}>
            <Button type="submit" variant="ghost" size="sm" icon={<LogOut />}>
              <SignOutText>{appShellLabels.signOut}</SignOutText>
            </Button>
          </form>
        </TopBar>
        <Main id="main" tabIndex={-1}>
          {children}
        </Main>
      </Column>
    </Shell>
  );
}
