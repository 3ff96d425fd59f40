import { notFoundLabels, type PageStateProps } from "@payout-styles/ui-core";
import { ButtonLink } from "../../components/button-link";
import { PageHeader } from "../../components/page-header";
import { StandaloneMain } from "./standalone-main";

export function NotFoundScreen({ standalone = false }: PageStateProps) {
  const content = (
    <>
      <PageHeader title={notFoundLabels.title} description={notFoundLabels.description} />
      <ButtonLink href={notFoundLabels.overviewHref}>{notFoundLabels.backToOverview}</ButtonLink>
    </>
  );
  return standalone ? <StandaloneMain>{content}</StandaloneMain> : content;
}
