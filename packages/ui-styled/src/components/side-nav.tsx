"use client";
// The client part of the shell: the current page comes from the navigation provider's pathname.
import { appShellLabels, isNavItemCurrent, type NavItem } from "@payout-styles/ui-core";
import { useNavigation } from "@payout-styles/ui-core/client";
import styled, { css } from "styled-components";
import { onHover, textSize } from "../styles/mixins";
import { media, theme } from "../styles/theme";
import { Link } from "./link";

interface SideNavProps {
  items: readonly NavItem[];
  /** Called when a link is followed (the phone drawer closes). */
  onNavigate?: () => void;
}

const NavList = styled.ul`
  display: flex;
  flex-direction: column;
  gap: ${theme.spacing["0.5"]};
`;

const NavLink = styled(Link)`
  display: flex;
  height: ${theme.spacing["10"]};
  align-items: center;
  border-radius: ${theme.radius.md};
  padding-inline: ${theme.spacing["3"]};
  ${textSize("sm")}
  font-weight: ${theme.fontWeight.medium};
  ${onHover(css`
    background-color: ${theme.color.surfaceHover};
    text-decoration-line: none;
  `)}
  &[aria-current="page"] {
    background-color: ${theme.color.accentSubtle};
    font-weight: ${theme.fontWeight.semibold};
    color: ${theme.color.fg};
  }
  @media ${media.md} {
    height: 2.25rem;
  }
`;

export function SideNav({ items, onNavigate }: SideNavProps) {
  const { pathname } = useNavigation();
  return (
    <nav aria-label={appShellLabels.primaryNav}>
      <NavList>
        {items.map((item) => (
          <li key={item.href}>
            <NavLink
              href={item.href}
              variant="subtle"
              aria-current={isNavItemCurrent(item, pathname) ? "page" : undefined}
              onClick={onNavigate}
            >
              {item.label}
            </NavLink>
          </li>
        ))}
      </NavList>
    </nav>
  );
}
