"use client";
import { payoutsLabels } from "@payout-styles/ui-core";
import { useFilterDraft } from "@payout-styles/ui-core/client";
import { useEffect } from "react";
import { SearchInput } from "../../components/search-input";

const debounceMs = 300;
const same = (a: string, b: string) => a.trim() === b.trim();

/**
 * Search by payout id or bank reference: written to the URL on Enter, or after a pause in typing
 * (replacing the history entry, so back does not step through every pause).
 */
export function SearchFilter({
  value,
  onCommit,
}: {
  value: string;
  onCommit: (search: string, options: { replace: boolean }) => void;
}) {
  const { draft, setDraft, isDirty, send } = useFilterDraft(value, same);
  const commit = (replace: boolean) => {
    if (send(draft)) onCommit(draft.trim(), { replace });
  };
  useEffect(() => {
    if (!isDirty) return;
    const timer = setTimeout(() => commit(true), debounceMs);
    return () => clearTimeout(timer);
  }, [draft, isDirty]);
  return (
    <search className="w-full min-w-0 sm:w-72">
      <SearchInput
        label={payoutsLabels.filters.search}
        placeholder={payoutsLabels.filters.searchPlaceholder}
        value={draft}
        maxLength={100}
        onChange={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") commit(false);
        }}
      />
    </search>
  );
}
