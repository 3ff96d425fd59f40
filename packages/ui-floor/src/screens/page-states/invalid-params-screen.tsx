import { type InvalidParamsScreenProps, invalidParamsLabels } from "@payout-styles/ui-core";
import { Banner } from "../../components/banner";
import { ButtonLink } from "../../components/button-link";
import { PageHeader } from "../../components/page-header";

/** A URL whose parameters cannot be read: which ones and why, and the way back to a clean list. */
export function InvalidParamsScreen({ title, issues, resetHref }: InvalidParamsScreenProps) {
  return (
    <>
      <PageHeader title={title} />
      <Banner
        tone="warning"
        title={invalidParamsLabels.heading}
        action={<ButtonLink href={resetHref}>{invalidParamsLabels.resetFilters}</ButtonLink>}
      >
        <p>{invalidParamsLabels.description}</p>
        <ul aria-label={invalidParamsLabels.issuesLabel}>
          {issues.map((issue) => (
            <li key={`${issue.field}:${issue.message}`}>
              <code>{issue.field}</code> {issue.message}
            </li>
          ))}
        </ul>
      </Banner>
    </>
  );
}
