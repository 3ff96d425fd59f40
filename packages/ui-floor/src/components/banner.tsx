import { type BannerProps, messageToneIcon } from "@payout-styles/ui-core";
import { useId } from "react";
import { ToneIcon } from "./tone-icon";

// A region named by its title rather than a live region: banners arrive with the page (a missing
// bank account, a failed payout), and role="alert"/"status" only announce changes after load, or
// interrupt on every navigation. As a landmark the banner is listed and reachable instead.
export function Banner({ tone, title, children, action }: BannerProps) {
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} data-tone={tone}>
      <div>
        <ToneIcon name={messageToneIcon[tone]} />
        <div>
          <h2 id={titleId}>{title}</h2>
          {children && <div>{children}</div>}
        </div>
      </div>
      {action && <div>{action}</div>}
    </section>
  );
}
