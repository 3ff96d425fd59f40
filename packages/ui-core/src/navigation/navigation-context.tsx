"use client";
// Links and navigations go through this context so kits stay framework-free: the Next app
// provides next/link and next/navigation, Storybook anchors over an in-memory URL; without a
// provider plain anchors and window.location stand in.
import {
  type AnchorHTMLAttributes,
  type ComponentType,
  createContext,
  type ReactNode,
  useContext,
} from "react";

export interface NavigationLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  href: string;
  prefetch?: boolean;
}

export interface Navigation {
  Link: ComponentType<NavigationLinkProps>;
  push(href: string): void;
  replace(href: string): void;
  pathname: string;
  searchParams: URLSearchParams;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({
  value,
  children,
}: {
  value: Navigation;
  children: ReactNode;
}) {
  return <NavigationContext value={value}>{children}</NavigationContext>;
}

function AnchorLink({ prefetch: _prefetch, ...anchorProps }: NavigationLinkProps) {
  return <a {...anchorProps} />;
}

function browserNavigation(): Navigation {
  const location = typeof window === "undefined" ? undefined : window.location;
  return {
    Link: AnchorLink,
    push: (href) => window.location.assign(href),
    replace: (href) => window.location.replace(href),
    pathname: location?.pathname ?? "/",
    searchParams: new URLSearchParams(location?.search),
  };
}

export function useNavigation(): Navigation {
  return useContext(NavigationContext) ?? browserNavigation();
}
