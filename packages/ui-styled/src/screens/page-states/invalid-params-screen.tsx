import { type InvalidParamsScreenProps, invalidParamsLabels } from "@payout-styles/ui-core";
import styled from "styled-components";
import { Banner } from "../../components/banner";
import { ButtonLink } from "../../components/button-link";
import { PageHeader } from "../../components/page-header";
import { theme } from "../../styles/theme";

const Issues = styled.ul`
  margin-top: ${theme.spacing["2"]};
  list-style-type: disc;
  padding-inline-start: ${theme.spacing["5"]};

  & > :not(:last-child) {
    margin-block-end: ${theme.spacing["1"]};
  }
`;

const Parameter = styled.code`
  font-family: ${theme.fontFamily.mono};
  font-weight: ${theme.fontWeight.semibold};
`;

/** A URL whose parameters cannot be read: which ones and why, and the way back to a clean list. */
export function InvalidParamsScreen({ title, issues, resetHref }: InvalidParamsScreenProps) {
  return (
    <>
      <PageHeader title={title} />
      <Banner
        tone="warning"
        title={invalidParamsLabels.heading}
        action={
          <ButtonLink href={resetHref} size="sm">
            {invalidParamsLabels.resetFilters}
          </ButtonLink>
        }
      >
        <p>{invalidParamsLabels.description}</p>
        <Issues aria-label={invalidParamsLabels.issuesLabel}>
          {issues.map((issue) => (
            <li key={`${issue.field}:${issue.message}`}>
              <Parameter>{issue.field}</Parameter> {issue.message}
            </li>
          ))}
        </Issues>
      </Banner>
    </>
  );
}
