import {
  type Formatter,
  overviewLabels,
  type PayoutAlertView,
  payoutHref,
} from "@payout-styles/ui-core";
import styled from "styled-components";
import { Banner } from "../../components/banner";
import { ButtonLink } from "../../components/button-link";
import { tabularNums } from "../../styles/mixins";
import { theme } from "../../styles/theme";

const Alerts = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${theme.spacing["3"]};
`;

const Amount = styled.span`
  font-weight: ${theme.fontWeight.medium};
  ${tabularNums}
`;

const PayoutId = styled.span`
  font-family: ${theme.fontFamily.mono};
`;

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
    <Alerts>
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
              <Amount>{format.money(alert.amount, alert.currency)}</Amount> ·{" "}
              <PayoutId>{alert.payoutId}</PayoutId>
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
    </Alerts>
  );
}
