import { type StatusBadgeProps, statusToneIcon } from "@payout-styles/ui-core";
import { cva } from "class-variance-authority";
import { ToneIcon } from "./tone-icon";

const badgeVariants = cva(
  "inline-flex items-center gap-1 rounded-full py-0.5 ps-1.5 pe-2 text-xs font-medium whitespace-nowrap",
  {
    variants: {
      tone: {
        neutral: "bg-neutral-bg text-neutral-fg",
        info: "bg-info-bg text-info-fg",
        success: "bg-success-bg text-success-fg",
        warning: "bg-warning-bg text-warning-fg",
        danger: "bg-danger-bg text-danger-fg",
      },
    },
  },
);

export function StatusBadge({ tone, children }: StatusBadgeProps) {
  return (
    <span className={badgeVariants({ tone })} data-tone={tone}>
      <ToneIcon name={statusToneIcon[tone]} className="size-3.5" />
      {children}
    </span>
  );
}
