import {
  createFormatter,
  payoutDetailLabels as labels,
  type PayoutDetailScreenProps,
} from "@payout-styles/ui-core";
import styled from "styled-components";
import { Breadcrumbs } from "../../components/breadcrumbs";
import { ButtonLink } from "../../components/button-link";
import { Download } from "../../components/icons";
import { PageHeader } from "../../components/page-header";
import { media, theme } from "../../styles/theme";
import { PayoutBreakdown } from "./payout-breakdown";
import { PayoutSummary } from "./payout-summary";
import { PayoutTimeline } from "./payout-timeline";
import { PayoutTransactionsTable } from "./payout-transactions-table";
import { RetryPayout } from "./retry-payout";

const Sections = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${theme.spacing["6"]};
`;

const SummaryAndTimeline = styled.div`
  display: grid;
  gap: ${theme.spacing["6"]};

  @media ${media.lg} {
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
  }
`;

const SummaryColumn = styled.div`
  display: flex;
  min-width: 0;
  flex-direction: column;
  gap: ${theme.spacing["6"]};
`;

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
          <ButtonLink
            href={exportHref}
            external
            download
            buttonVariant="secondary"
            icon={<Download />}
          >
            {labels.exportCsv}
          </ButtonLink>
        }
      />
      <Sections>
        <SummaryAndTimeline>
          <SummaryColumn>
            <PayoutSummary detail={detail} format={format} />
            {payout.status === "failed" && (
              <RetryPayout
                payoutId={payout.id}
                retryPayout={retryPayout}
                retryBlockedReason={retryBlockedReason}
              />
            )}
          </SummaryColumn>
          <PayoutTimeline detail={detail} format={format} />
        </SummaryAndTimeline>
        <PayoutBreakdown detail={detail} format={format} />
        <PayoutTransactionsTable
          seller={seller}
          currency={payout.currency}
          transactions={transactions}
        />
      </Sections>
    </>
  );
}
