import {
  type DescriptionListItem,
  type Formatter,
  payoutDetailLabels as labels,
  type PayoutDetailView,
  payoutDestinationLabel,
  payoutHref,
  payoutStatusLabels,
  payoutStatusTone,
} from "@payout-styles/ui-core";
import styled from "styled-components";
import { Card } from "../../components/card";
import { DescriptionList } from "../../components/description-list";
import { Link } from "../../components/link";
import { StatusBadge } from "../../components/status-badge";
import { tabularNums, textSize, trackingTight, visuallyHidden } from "../../styles/mixins";
import { theme } from "../../styles/theme";

const Headline = styled.dl`
  margin-bottom: ${theme.spacing["4"]};
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  justify-content: space-between;
  column-gap: ${theme.spacing["6"]};
  row-gap: ${theme.spacing["3"]};
`;

const NetAmount = styled.div`
  display: flex;
  min-width: 0;
  flex-direction: column;
  gap: ${theme.spacing["1"]};
`;

const NetAmountTerm = styled.dt`
  ${textSize("sm")}
  font-weight: ${theme.fontWeight.medium};
  color: ${theme.color.fgMuted};
`;

const NetAmountValue = styled.dd`
  ${textSize("3xl")}
  font-weight: ${theme.fontWeight.semibold};
  ${trackingTight}
  color: ${theme.color.fg};
  ${tabularNums}
`;

const Status = styled.div`
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: ${theme.spacing["1"]};
`;

const StatusTerm = styled.dt`
  ${visuallyHidden}
`;

const BankReference = styled.span`
  font-family: ${theme.fontFamily.mono};
`;

interface PayoutSummaryProps {
  detail: PayoutDetailView;
  format: Formatter;
}

/** The net amount first, its status, then where it went and what it is linked to. */
export function PayoutSummary({ detail, format }: PayoutSummaryProps) {
  const { payout, destination, links } = detail;
  const items: DescriptionListItem[] = [
    { term: labels.arrivalDate, detail: format.date(payout.arrivalDate) },
    { term: labels.createdAt, detail: format.dateTime(payout.createdAt) },
    { term: labels.method, detail: labels.methods[payout.method] },
    {
      term: labels.destination,
      detail: destination
        ? `${destination.bankName} · ${payoutDestinationLabel(destination)}`
        : labels.noDestination,
    },
    {
      term: labels.bankReference,
      detail: <BankReference>{detail.bankReference}</BankReference>,
    },
  ];
  if (payout.status === "failed" && payout.failureMessage) {
    items.push({ term: labels.failure, detail: payout.failureMessage });
  }
  for (const key of ["retryOf", "retriedBy", "reversalOf", "reversedBy"] as const) {
    const linked = links[key];
    if (linked) {
      items.push({
        term: labels.relatedPayouts[key],
        detail: <Link href={payoutHref(linked)}>{linked}</Link>,
      });
    }
  }
  return (
    <Card title={labels.summaryTitle} id="payout-summary">
      <Headline>
        <NetAmount>
          <NetAmountTerm>{labels.netAmount}</NetAmountTerm>
          <NetAmountValue>{format.money(payout.amount, payout.currency)}</NetAmountValue>
        </NetAmount>
        <Status>
          <StatusTerm>{labels.status}</StatusTerm>
          <dd>
            <StatusBadge tone={payoutStatusTone[payout.status]}>
              {payoutStatusLabels[payout.status]}
            </StatusBadge>
          </dd>
        </Status>
      </Headline>
      <DescriptionList items={items} />
    </Card>
  );
}
