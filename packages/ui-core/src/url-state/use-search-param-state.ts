"use client";
// Filters, sort and pages live in the URL. An update navigates to the new href inside a
// transition, so `isPending` stays true while the server renders the new page.
import { useCallback, useRef, useTransition } from "react";
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
  const rendered = useRef(searchParams.toString());
  rendered.current = searchParams.toString();
  // The query of the last navigation asked for, and the rendered query it started from. Until
  // that navigation lands, the rendered params are stale: a second change made meanwhile (a
  // status ticked right after typing an amount, a debounced search) builds on the requested
  // query, or it would drop the first change.
  const requested = useRef<{ from: string; query: string } | null>(null);
  const update = useCallback(
    (updates: SearchParamUpdates, options: SearchParamsUpdateOptions = {}) => {
      const pending = requested.current;
      const base = pending && pending.from === rendered.current ? pending.query : rendered.current;
      const href = hrefWithSearchParams(pathname, base, updates, { drop: options.drop ?? [] });
      requested.current = { from: rendered.current, query: href.split("?")[1] ?? "" };
      startTransition(() => (options.replace ? replace : push)(href));
    },
    [pathname, push, replace],
  );
  return { update, isPending, searchParams };
}
