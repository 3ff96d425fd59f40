import { type CurrencyBalanceView, type Formatter, overviewLabels } from "@payout-styles/ui-core";
import styled from "styled-components";
import { Card } from "../../components/card";
import { Stat } from "../../components/stat";
import { textSize } from "../../styles/mixins";
import { media, theme } from "../../styles/theme";

const { balances: labels } = overviewLabels;
const kinds = ["available", "pending", "inTransit", "reserve"] as const;

const Currencies = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${theme.spacing["6"]};
`;

const CurrencyBalances = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${theme.spacing["3"]};
`;

const CurrencyHeading = styled.h3`
  ${textSize("sm")}
  font-weight: ${theme.fontWeight.medium};
  color: ${theme.color.fgMuted};
`;

const Stats = styled.div`
  display: grid;
  gap: ${theme.spacing["4"]};

  @media ${media.sm} {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }

  @media ${media.lg} {
    grid-template-columns: repeat(4, minmax(0, 1fr));
  }
`;

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
      <Currencies>
        {shown.map((balance) => (
          <CurrencyBalances key={balance.currency} data-currency={balance.currency}>
            {several && (
              <CurrencyHeading>{overviewLabels.currencyBalances(balance.currency)}</CurrencyHeading>
            )}
            <Stats>
              {kinds.map((kind) => (
                <Stat
                  key={kind}
                  name={kind}
                  label={labels[kind]}
                  value={format.money(balance[kind], balance.currency)}
                />
              ))}
            </Stats>
          </CurrencyBalances>
        ))}
      </Currencies>
    </Card>
  );
}
