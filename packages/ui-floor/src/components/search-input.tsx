import type { SearchInputProps } from "@payout-styles/ui-core";
import { Search } from "./icons";
import { TextInput } from "./text-input";

export function SearchInput(props: SearchInputProps) {
  return <TextInput type="search" prefix={<Search />} {...props} />;
}
