import { type StatusBadgeProps, statusToneIcon } from "@payout-styles/ui-core";
import { ToneIcon } from "./tone-icon";

export function StatusBadge({ tone, children }: StatusBadgeProps) {
  return (
    <span data-tone={tone}>
      <ToneIcon name={statusToneIcon[tone]} />
      {children}
    </span>
  );
}
