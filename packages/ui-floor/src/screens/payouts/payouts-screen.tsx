import { createFormatter, type PayoutsScreenProps, payoutsLabels } from "@payout-styles/ui-core";
import { ButtonLink } from "../../components/button-link";
import { Download } from "../../components/icons";
import { PageHeader } from "../../components/page-header";
import { PayoutFilters } from "./payout-filters";
import { PayoutTable } from "./payout-table";
import { PayoutTotals } from "./payout-totals";

export function PayoutsScreen({ seller, asOf, list, currencies, hrefs }: PayoutsScreenProps) {
  const format = createFormatter(seller);
  return (
    <>
      <PageHeader
        title={payoutsLabels.title}
        description={
          <>
            <p>{payoutsLabels.description}</p>
            <p>{format.timeZoneNote(asOf)}</p>
          </>
        }
        actions={
          <ButtonLink href={hrefs.export} external download icon={<Download />}>
            {payoutsLabels.exportCsv}
          </ButtonLink>
        }
      />
      <div>
        <PayoutFilters
          params={list.params}
          currencies={currencies}
          sellerCurrency={seller.currency}
        />
        <PayoutTotals totals={list.totals} format={format} />
        <PayoutTable list={list} hrefs={hrefs} format={format} />
      </div>
    </>
  );
}
