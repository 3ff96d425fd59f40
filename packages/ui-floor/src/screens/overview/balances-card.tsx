import { type CurrencyBalanceView, type Formatter, overviewLabels } from "@payout-styles/ui-core";
import { Card } from "../../components/card";
import { Stat } from "../../components/stat";

const { balances: labels } = overviewLabels;
const kinds = ["available", "pending", "inTransit", "reserve"] as const;

/** Available, pending, in transit and held in reserve, per currency. */
export function BalancesCard({
  balances,
  currency,
  format,
}: {
  balances: readonly CurrencyBalanceView[];
  /** The seller's currency, shown at zero before any money moved. */
  currency: string;
  format: Formatter;
}) {
  const shown: readonly CurrencyBalanceView[] =
    balances.length > 0
      ? balances
      : [{ currency, available: 0, pending: 0, inTransit: 0, reserve: 0, instantAvailable: 0 }];
  const several = shown.length > 1;
  return (
    <Card id="balances" title={overviewLabels.balancesTitle}>
      <div>
        {shown.map((balance) => (
          <div key={balance.currency} data-currency={balance.currency}>
            {several && <h3>{overviewLabels.currencyBalances(balance.currency)}</h3>}
            <div>
              {kinds.map((kind) => (
                <Stat
                  key={kind}
                  name={kind}
                  label={labels[kind]}
                  value={format.money(balance[kind], balance.currency)}
                />
              ))}
            </div>
          </div>
        ))}
      </div>
    </Card>
  );
}
