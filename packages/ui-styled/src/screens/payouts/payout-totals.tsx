import { type Formatter, type PayoutTotalsView, payoutsLabels } from "@payout-styles/ui-core";
import styled from "styled-components";
import { Card } from "../../components/card";
import { Stat } from "../../components/stat";
import { textSize } from "../../styles/mixins";
import { media, theme } from "../../styles/theme";

const { totals: labels } = payoutsLabels;

const Currencies = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${theme.spacing["6"]};
`;

const CurrencyTotals = styled.div`
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
      <Currencies>
        {totals.map((total) => (
          <CurrencyTotals key={total.currency} data-currency={total.currency}>
            {several && <CurrencyHeading>{total.currency}</CurrencyHeading>}
            <Stats>
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
            </Stats>
          </CurrencyTotals>
        ))}
      </Currencies>
    </Card>
  );
}
