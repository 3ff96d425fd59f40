"use client";
// The kits' links and navigations, done by Next.js: client-side transitions and prefetching.
import { type Navigation, NavigationProvider } from "@payout-styles/ui-core/client";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { type ReactNode, useMemo } from "react";

export function NextNavigationProvider({ children }: { children: ReactNode }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const navigation = useMemo<Navigation>(
    () => ({
      Link,
      push: (href) => router.push(href),
      replace: (href) => router.replace(href),
      pathname,
      searchParams: new URLSearchParams(searchParams.toString()),
    }),
    [router, pathname, searchParams],
  );
  return <NavigationProvider value={navigation}>{children}</NavigationProvider>;
}
