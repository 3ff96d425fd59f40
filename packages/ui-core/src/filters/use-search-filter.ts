"use client";
import { useEffect, useRef } from "react";
import { useFilterDraft } from "../url-state/use-filter-draft";
import { planSearchCommit, type SearchCommitTrigger } from "./search-history";

/** The pause in typing after which a search is written to the URL. */
export const searchDebounceMs = 300;

const sameSearch = (a: string, b: string) => a.trim() === b.trim();

/**
 * A search box's text: written to the URL on Enter (`commitNow`) or after a pause in typing, one
 * history entry per edit (search-history.ts).
 */
export function useSearchFilter(
  committed: string,
  onCommit: (search: string, options: { replace: boolean }) => void,
) {
  const { draft, setDraft, isDirty, send } = useFilterDraft(committed, sameSearch);
  const editHasEntry = useRef(false);
  const lastSent = useRef(committed);
  // The URL changed from outside (back, a link, reset filters): the next key starts a new edit.
  useEffect(() => {
    if (!sameSearch(committed, lastSent.current)) editHasEntry.current = false;
  }, [committed]);
  const commit = (trigger: SearchCommitTrigger) => {
    const sending = send(draft);
    const plan = planSearchCommit(trigger, editHasEntry.current);
    if (sending) {
      lastSent.current = draft;
      onCommit(draft.trim(), { replace: plan.replace });
    }
    editHasEntry.current = plan.editHasEntry && (sending || editHasEntry.current);
  };
  useEffect(() => {
    if (!isDirty) return;
    const timer = setTimeout(() => commit("pause"), searchDebounceMs);
    return () => clearTimeout(timer);
  }, [draft, isDirty]);
  return { value: draft, change: setDraft, commitNow: () => commit("enter") };
}
