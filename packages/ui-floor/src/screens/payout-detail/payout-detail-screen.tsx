import {
  createFormatter,
  payoutDetailLabels as labels,
  type PayoutDetailScreenProps,
} from "@payout-styles/ui-core";
import { Breadcrumbs } from "../../components/breadcrumbs";
import { ButtonLink } from "../../components/button-link";
import { Download } from "../../components/icons";
import { PageHeader } from "../../components/page-header";
import { PayoutBreakdown } from "./payout-breakdown";
import { PayoutSummary } from "./payout-summary";
import { PayoutTimeline } from "./payout-timeline";
import { PayoutTransactionsTable } from "./payout-transactions-table";
import { RetryPayout } from "./retry-payout";

export function PayoutDetailScreen({
  seller,
  detail,
  transactions,
  exportHref,
  retryPayout,
  retryBlockedReason,
}: PayoutDetailScreenProps) {
  const format = createFormatter(seller);
  const { payout } = detail;
  return (
    <>
      <PageHeader
        breadcrumbs={
          <Breadcrumbs
            items={[{ label: labels.payoutsCrumb, href: "/payouts" }, { label: payout.id }]}
          />
        }
        title={labels.title(payout.id)}
        description={format.timeZoneNote(payout.createdAt)}
        actions={
          <ButtonLink href={exportHref} external download icon={<Download />}>
            {labels.exportCsv}
          </ButtonLink>
        }
      />
      <div>
        <div>
          <div>
            <PayoutSummary detail={detail} format={format} />
            {payout.status === "failed" && (
              <RetryPayout
                payoutId={payout.id}
                retryPayout={retryPayout}
                retryBlockedReason={retryBlockedReason}
              />
            )}
          </div>
          <PayoutTimeline detail={detail} format={format} />
        </div>
        <PayoutBreakdown detail={detail} format={format} />
        <PayoutTransactionsTable
          seller={seller}
          currency={payout.currency}
          transactions={transactions}
        />
      </div>
    </>
  );
}
