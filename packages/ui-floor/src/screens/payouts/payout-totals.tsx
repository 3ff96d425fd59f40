import { type Formatter, type PayoutTotalsView, payoutsLabels } from "@payout-styles/ui-core";
import { Card } from "../../components/card";
import { Stat } from "../../components/stat";

const { totals: labels } = payoutsLabels;

/** Count, gross, fees and net of every payout the filter matches, per currency. */
export function PayoutTotals({
  totals,
  format,
}: {
  totals: readonly PayoutTotalsView[];
  format: Formatter;
}) {
  if (totals.length === 0) return null;
  const several = totals.length > 1;
  return (
    <Card id="payout-totals" title={payoutsLabels.totalsTitle}>
      <div>
        {totals.map((total) => (
          <div key={total.currency} data-currency={total.currency}>
            {several && <h3>{total.currency}</h3>}
            <div>
              <Stat name="count" label={labels.count} value={format.count(total.count)} />
              <Stat
                name="grossSales"
                label={labels.grossSales}
                value={format.money(total.grossSales, total.currency)}
              />
              <Stat
                name="feesAndAdjustments"
                label={labels.feesAndAdjustments}
                value={format.money(total.feesAndAdjustments, total.currency)}
              />
              <Stat
                name="netAmount"
                label={labels.netAmount}
                value={format.money(total.amount, total.currency)}
              />
            </div>
          </div>
        ))}
      </div>
    </Card>
  );
}
