"use client";
import { payoutsLabels } from "@payout-styles/ui-core";
import { useSearchFilter } from "@payout-styles/ui-core/client";
import styled from "styled-components";
import { SearchInput } from "../../components/search-input";
import { media } from "../../styles/theme";

const Search = styled.search`
  width: 100%;
  min-width: 0;

  @media ${media.sm} {
    width: 18rem;
  }
`;

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
    <Search>
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
    </Search>
  );
}
