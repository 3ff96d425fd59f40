import type { StatusBadgeProps, Tone } from "@payout-styles/ui-core";
import { cva } from "class-variance-authority";
import { AlertTriangle, CheckCircle, Clock, MinusCircle, XCircle } from "./icons";

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

// A shape per tone, so the status is told by the icon and the text as well as by colour.
const toneIcons = {
  neutral: MinusCircle,
  info: Clock,
  success: CheckCircle,
  warning: AlertTriangle,
  danger: XCircle,
} satisfies Record<Tone, unknown>;

export function StatusBadge({ tone, children }: StatusBadgeProps) {
  const Icon = toneIcons[tone];
  return (
    <span className={badgeVariants({ tone })} data-tone={tone}>
      <Icon className="size-3.5" />
      {children}
    </span>
  );
}
