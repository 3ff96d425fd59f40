import type { BannerProps } from "@payout-styles/ui-core";
import { cva } from "class-variance-authority";
import { useId } from "react";
import { cn } from "../lib/cn";
import { AlertTriangle, CheckCircle, Info, XCircle } from "./icons";

// A region named by its title rather than a live region: banners arrive with the page (a missing
// bank account, a failed payout), and role="alert"/"status" only announce changes after load, or
// interrupt on every navigation. As a landmark the banner is listed and reachable instead.
const bannerVariants = cva(
  "flex flex-col gap-3 rounded-lg border p-4 text-fg sm:flex-row sm:items-start",
  {
    variants: {
      tone: {
        info: "border-info-fg/30 bg-info-bg",
        success: "border-success-fg/30 bg-success-bg",
        warning: "border-warning-fg/30 bg-warning-bg",
        danger: "border-danger-fg/30 bg-danger-bg",
      },
    },
  },
);

const toneIcons = {
  info: { Icon: Info, className: "text-info-fg" },
  success: { Icon: CheckCircle, className: "text-success-fg" },
  warning: { Icon: AlertTriangle, className: "text-warning-fg" },
  danger: { Icon: XCircle, className: "text-danger-fg" },
} as const;

export function Banner({ tone, title, children, action }: BannerProps) {
  const titleId = useId();
  const { Icon, className: iconClassName } = toneIcons[tone];
  return (
    <section aria-labelledby={titleId} data-tone={tone} className={bannerVariants({ tone })}>
      <div className="flex min-w-0 flex-1 gap-3">
        <Icon className={cn("mt-0.5 size-5", iconClassName)} />
        <div className="min-w-0 space-y-1">
          <h2 id={titleId} className="text-sm font-semibold text-fg">
            {title}
          </h2>
          {children && <div className="text-sm text-fg">{children}</div>}
        </div>
      </div>
      {action && <div className="flex shrink-0 items-center gap-2 ps-8 sm:ps-0">{action}</div>}
    </section>
  );
}
