import { notFoundLabels } from "@payout-styles/ui-core";
import { ButtonLink } from "../../components/button-link";
import { PageHeader } from "../../components/page-header";

export function NotFoundScreen() {
  return (
    <>
      <PageHeader title={notFoundLabels.title} description={notFoundLabels.description} />
      <ButtonLink href={notFoundLabels.overviewHref} buttonVariant="primary">
        {notFoundLabels.backToOverview}
      </ButtonLink>
    </>
  );
}
