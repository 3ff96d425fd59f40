"use client";
import { useEffect } from "react";
import { useFilterDraft } from "../url-state/use-filter-draft";

/** The pause in typing after which a search is written to the URL. */
export const searchDebounceMs = 300;

const sameSearch = (a: string, b: string) => a.trim() === b.trim();

/**
 * A search box's text: written to the URL on Enter (`commitNow`), or after a pause in typing
 * (replacing the history entry, so back does not step through every pause).
 */
export function useSearchFilter(
  committed: string,
  onCommit: (search: string, options: { replace: boolean }) => void,
) {
  const { draft, setDraft, isDirty, send } = useFilterDraft(committed, sameSearch);
  const commit = (replace: boolean) => {
    if (send(draft)) onCommit(draft.trim(), { replace });
  };
  useEffect(() => {
    if (!isDirty) return;
    const timer = setTimeout(() => commit(true), searchDebounceMs);
    return () => clearTimeout(timer);
  }, [draft, isDirty]);
  return { value: draft, change: setDraft, commitNow: () => commit(false) };
}
