import {
  type Formatter,
  type LastPayoutView,
  overviewLabels,
  payoutHref,
  payoutStatusLabels,
  payoutStatusTone,
} from "@payout-styles/ui-core";
import styled from "styled-components";
import { Card } from "../../components/card";
import { Link } from "../../components/link";
import { Stat } from "../../components/stat";
import { StatusBadge } from "../../components/status-badge";
import { textSize } from "../../styles/mixins";
import { theme } from "../../styles/theme";

const PayoutLabel = styled.span`
  display: inline-flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${theme.spacing["2"]};
`;

const PayoutId = styled.span`
  font-family: ${theme.fontFamily.mono};
`;

const NoPayout = styled.p`
  ${textSize("sm")}
  color: ${theme.color.fgMuted};
`;

/** The newest payout: its net amount, status and arrival day, linked to its detail. */
export function LastPayoutCard({
  lastPayout,
  format,
}: {
  lastPayout: LastPayoutView | null;
  format: Formatter;
}) {
  return (
    <Card
      id="last-payout"
      title={overviewLabels.lastPayoutTitle}
      actions={
        lastPayout && <Link href={payoutHref(lastPayout.id)}>{overviewLabels.viewPayout}</Link>
      }
    >
      {lastPayout ? (
        <Stat
          name="lastPayout"
          label={
            <PayoutLabel>
              <PayoutId>{lastPayout.id}</PayoutId>
              <StatusBadge tone={payoutStatusTone[lastPayout.status]}>
                {payoutStatusLabels[lastPayout.status]}
              </StatusBadge>
            </PayoutLabel>
          }
          value={format.money(lastPayout.amount, lastPayout.currency)}
          hint={
            <>
              {overviewLabels.lastPayoutArrival}{" "}
              <time dateTime={lastPayout.arrivalDate}>
                {format.date(lastPayout.arrivalDate, "long")}
              </time>
            </>
          }
        />
      ) : (
        <NoPayout>{overviewLabels.lastPayoutNone}</NoPayout>
      )}
    </Card>
  );
}
