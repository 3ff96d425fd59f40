import {
  type Formatter,
  type LastPayoutView,
  overviewLabels,
  payoutHref,
  payoutStatusLabels,
  payoutStatusTone,
} from "@payout-styles/ui-core";
import { Card } from "../../components/card";
import { Link } from "../../components/link";
import { Stat } from "../../components/stat";
import { StatusBadge } from "../../components/status-badge";

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
            <span>
              <span>{lastPayout.id}</span>
              <StatusBadge tone={payoutStatusTone[lastPayout.status]}>
                {payoutStatusLabels[lastPayout.status]}
              </StatusBadge>
            </span>
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
        <p>{overviewLabels.lastPayoutNone}</p>
      )}
    </Card>
  );
}
