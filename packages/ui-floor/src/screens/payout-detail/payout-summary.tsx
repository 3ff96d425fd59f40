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
import { Card } from "../../components/card";
import { DescriptionList } from "../../components/description-list";
import { Link } from "../../components/link";
import { StatusBadge } from "../../components/status-badge";

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
      detail: <span>{detail.bankReference}</span>,
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
      <dl>
        <div>
          <dt>{labels.netAmount}</dt>
          <dd>{format.money(payout.amount, payout.currency)}</dd>
        </div>
        <div>
          <dt>{labels.status}</dt>
          <dd>
            <StatusBadge tone={payoutStatusTone[payout.status]}>
              {payoutStatusLabels[payout.status]}
            </StatusBadge>
          </dd>
        </div>
      </dl>
      <DescriptionList items={items} />
    </Card>
  );
}
