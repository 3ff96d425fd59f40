"use client";
// Filters, sort and pages live in the URL. An update navigates to the new href inside a
// transition, so `isPending` stays true while the server renders the new page.
import { useCallback, useTransition } from "react";
import { useNavigation } from "../navigation/navigation-context";
import { hrefWithSearchParams, type SearchParamUpdates } from "../navigation/search-params";

export interface SearchParamsUpdateOptions {
  /** Keys removed as well, e.g. the page cursors when a filter changes. */
  drop?: readonly string[];
  /** Replace the history entry instead of pushing one (e.g. while typing in a search box). */
  replace?: boolean;
}

export interface SearchParamsUpdater {
  update(updates: SearchParamUpdates, options?: SearchParamsUpdateOptions): void;
  isPending: boolean;
  searchParams: URLSearchParams;
}

export function useSearchParamsUpdater(): SearchParamsUpdater {
  const { pathname, searchParams, push, replace } = useNavigation();
  const [isPending, startTransition] = useTransition();
  const update = useCallback(
    (updates: SearchParamUpdates, options: SearchParamsUpdateOptions = {}) => {
      const href = hrefWithSearchParams(pathname, searchParams, updates, {
        drop: options.drop ?? [],
      });
      startTransition(() => (options.replace ? replace : push)(href));
    },
    [pathname, searchParams, push, replace],
  );
  return { update, isPending, searchParams };
}
