import {
  type BalancesView,
  type Formatter,
  nextPayoutState,
  overviewLabels,
  type PayoutHoldView,
} from "@payout-styles/ui-core";
import styled from "styled-components";
import { Card } from "../../components/card";
import { Link } from "../../components/link";
import { Stat } from "../../components/stat";
import { textSize } from "../../styles/mixins";
import { theme } from "../../styles/theme";

const holdExplanations: Record<PayoutHoldView["kind"], string> = {
  no_bank_account: overviewLabels.nextPayoutHeldNoBankAccount,
  bank_account_failed: overviewLabels.nextPayoutHeldBankAccountFailed,
};

const NoPayout = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${theme.spacing["2"]};
  ${textSize("sm")}
`;

const NoPayoutTitle = styled.p`
  font-weight: ${theme.fontWeight.medium};
  color: ${theme.color.fg};
`;

const NoPayoutReason = styled.p`
  color: ${theme.color.fgMuted};
`;

const ScheduleLink = styled(Link)`
  align-self: flex-start;
`;

/** The next scheduled payout's day and estimated amount, or why none is scheduled. */
export function NextPayoutCard({
  balances,
  format,
}: {
  balances: Pick<BalancesView, "nextPayout" | "heldReason">;
  format: Formatter;
}) {
  const state = nextPayoutState(balances);
  return (
    <Card id="next-payout" title={overviewLabels.nextPayoutTitle}>
      {state.kind === "scheduled" ? (
        <Stat
          name="nextPayout"
          label={overviewLabels.nextPayoutEstimated}
          value={format.money(state.payout.estimatedAmount, state.payout.currency)}
          hint={
            <>
              {overviewLabels.nextPayoutDate}{" "}
              <time dateTime={state.payout.date}>{format.date(state.payout.date, "long")}</time>
            </>
          }
        />
      ) : (
        <NoPayout>
          <NoPayoutTitle>{overviewLabels.nextPayoutNone}</NoPayoutTitle>
          <NoPayoutReason>
            {state.kind === "held"
              ? holdExplanations[state.reason.kind]
              : overviewLabels.nextPayoutManual}
          </NoPayoutReason>
          {state.kind === "manual" && (
            <ScheduleLink href="/settings">{overviewLabels.changeSchedule}</ScheduleLink>
          )}
        </NoPayout>
      )}
    </Card>
  );
}
