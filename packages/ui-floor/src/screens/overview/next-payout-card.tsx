import {
  type BalancesView,
  type Formatter,
  nextPayoutState,
  overviewLabels,
  type PayoutHoldView,
} from "@payout-styles/ui-core";
import { Card } from "../../components/card";
import { Link } from "../../components/link";
import { Stat } from "../../components/stat";

const holdExplanations: Record<PayoutHoldView["kind"], string> = {
  no_bank_account: overviewLabels.nextPayoutHeldNoBankAccount,
  bank_account_failed: overviewLabels.nextPayoutHeldBankAccountFailed,
};

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
        <div>
          <p>{overviewLabels.nextPayoutNone}</p>
          <p>
            {state.kind === "held"
              ? holdExplanations[state.reason.kind]
              : overviewLabels.nextPayoutManual}
          </p>
          {state.kind === "manual" && <Link href="/settings">{overviewLabels.changeSchedule}</Link>}
        </div>
      )}
    </Card>
  );
}
