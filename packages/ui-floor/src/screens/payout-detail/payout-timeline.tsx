import {
  type Formatter,
  payoutDetailLabels as labels,
  type PayoutDetailView,
  payoutTimelineItems,
} from "@payout-styles/ui-core";
import { Card } from "../../components/card";
import { Timeline } from "../../components/timeline";

interface PayoutTimelineProps {
  detail: PayoutDetailView;
  format: Formatter;
}

export function PayoutTimeline({ detail, format }: PayoutTimelineProps) {
  return (
    <Card title={labels.timelineTitle} id="payout-timeline">
      <Timeline label={labels.timelineLabel} items={payoutTimelineItems(detail, format)} />
    </Card>
  );
}
