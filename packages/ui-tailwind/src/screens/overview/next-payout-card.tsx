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
        <div className="flex flex-col gap-2 text-sm">
          <p className="font-medium text-fg">{overviewLabels.nextPayoutNone}</p>
          <p className="text-fg-muted">
            {state.kind === "held"
              ? holdExplanations[state.reason.kind]
              : overviewLabels.nextPayoutManual}
          </p>
          {state.kind === "manual" && (
            <Link href="/settings" className="self-start">
              {overviewLabels.changeSchedule}
            </Link>
          )}
        </div>
      )}
    </Card>
  );
}
