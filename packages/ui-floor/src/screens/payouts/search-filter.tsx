"use client";
import { payoutsLabels } from "@payout-styles/ui-core";
import { useSearchFilter } from "@payout-styles/ui-core/client";
import { SearchInput } from "../../components/search-input";

/** Search by payout id or bank reference, written to the URL on Enter or after a pause. */
export function SearchFilter({
  value,
  onCommit,
}: {
  value: string;
  onCommit: (search: string, options: { replace: boolean }) => void;
}) {
  const search = useSearchFilter(value, onCommit);
  return (
    <search>
      <SearchInput
        label={payoutsLabels.filters.search}
        placeholder={payoutsLabels.filters.searchPlaceholder}
        value={search.value}
        maxLength={100}
        onChange={(event) => search.change(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") search.commitNow();
        }}
      />
    </search>
  );
}
