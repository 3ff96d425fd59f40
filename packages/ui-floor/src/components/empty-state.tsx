import type { EmptyStateProps } from "@payout-styles/ui-core";
import { Search } from "./icons";

export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <div>
      <span>
        <Search />
      </span>
      <div>
        <p>{title}</p>
        {description && <p>{description}</p>}
      </div>
      {action && <div>{action}</div>}
    </div>
  );
}
