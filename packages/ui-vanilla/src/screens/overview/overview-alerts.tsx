import {
  type Formatter,
  overviewLabels,
  type PayoutAlertView,
  payoutHref,
} from "@payout-styles/ui-core";
import { Banner } from "../../components/banner";
import { ButtonLink } from "../../components/button-link";
import * as styles from "./overview-alerts.css";

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
    <div className={styles.alerts}>
      {alerts.map((alert) =>
        alert.kind === "payout_failed" ? (
          <Banner
            key={alert.payoutId}
            tone="danger"
            title={overviewLabels.payoutFailedTitle}
            action={
              <ButtonLink href={payoutHref(alert.payoutId)} size="sm">
                {overviewLabels.reviewPayout}
              </ButtonLink>
            }
          >
            <p>
              <span className={styles.amount}>{format.money(alert.amount, alert.currency)}</span> ·{" "}
              <span className={styles.payoutId}>{alert.payoutId}</span>
            </p>
            <p>{alert.message}</p>
          </Banner>
        ) : (
          <Banner
            key="no_bank_account"
            tone="warning"
            title={overviewLabels.noBankAccountTitle}
            action={
              <ButtonLink href="/settings" size="sm">
                {overviewLabels.addBankAccount}
              </ButtonLink>
            }
          >
            <p>{overviewLabels.noBankAccountDescription}</p>
          </Banner>
        ),
      )}
    </div>
  );
}
