import { type BannerProps, messageToneIcon } from "@payout-styles/ui-core";
import { cva } from "class-variance-authority";
import { useId } from "react";
import { ToneIcon } from "./tone-icon";

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

const iconVariants = cva("mt-0.5 size-5", {
  variants: {
    tone: {
      info: "text-info-fg",
      success: "text-success-fg",
      warning: "text-warning-fg",
      danger: "text-danger-fg",
    },
  },
});

export function Banner({ tone, title, children, action }: BannerProps) {
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} data-tone={tone} className={bannerVariants({ tone })}>
      <div className="flex min-w-0 flex-1 gap-3">
        <ToneIcon name={messageToneIcon[tone]} className={iconVariants({ tone })} />
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
