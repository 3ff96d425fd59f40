import type { EmptyStateProps } from "@payout-styles/ui-core";
import { Search } from "./icons";

export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <div className="flex flex-col items-center gap-3 px-4 py-12 text-center">
      <span className="flex size-10 items-center justify-center rounded-full bg-surface-muted text-fg-muted">
        <Search className="size-5" />
      </span>
      <div className="max-w-sm space-y-1">
        <p className="text-base font-semibold text-fg">{title}</p>
        {description && <p className="text-sm text-fg-muted">{description}</p>}
      </div>
      {action && <div className="mt-1 flex flex-wrap justify-center gap-2">{action}</div>}
    </div>
  );
}
