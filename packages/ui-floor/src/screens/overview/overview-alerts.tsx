import {
  type Formatter,
  overviewLabels,
  type PayoutAlertView,
  payoutHref,
} from "@payout-styles/ui-core";
import { Banner } from "../../components/banner";
import { ButtonLink } from "../../components/button-link";

/** What needs the seller's action: each failed payout, and a missing bank account. */
export function OverviewAlerts({
  alerts,
  format,
}: {
  alerts: readonly PayoutAlertView[];
  format: Formatter;
}) {
  if (alerts.length === 0) return null;
  return (
    <div>
      {alerts.map((alert) =>
        alert.kind === "payout_failed" ? (
          <Banner
            key={alert.payoutId}
            tone="danger"
            title={overviewLabels.payoutFailedTitle}
            action={
              <ButtonLink href={payoutHref(alert.payoutId)}>
                {overviewLabels.reviewPayout}
              </ButtonLink>
            }
          >
            <p>
              <span>{format.money(alert.amount, alert.currency)}</span> ·{" "}
              <span>{alert.payoutId}</span>
            </p>
            <p>{alert.message}</p>
          </Banner>
        ) : (
          <Banner
            key="no_bank_account"
            tone="warning"
            title={overviewLabels.noBankAccountTitle}
            action={<ButtonLink href="/settings">{overviewLabels.addBankAccount}</ButtonLink>}
          >
            <p>{overviewLabels.noBankAccountDescription}</p>
          </Banner>
        ),
      )}
    </div>
  );
}
