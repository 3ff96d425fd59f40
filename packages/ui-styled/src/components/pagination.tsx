import type { PaginationProps } from "@payout-styles/ui-core";
import { componentLabels } from "@payout-styles/ui-core";
import { useId } from "react";
import styled, { css } from "styled-components";
import { onHover, tabularNums, textSize } from "../styles/mixins";
import { theme } from "../styles/theme";
import { type ButtonStyleProps, buttonStyles } from "./button";
import { ButtonLink } from "./button-link";
import { ChevronLeft, ChevronRight } from "./icons";
import { Link } from "./link";

const paginationLabels = {
  previous: componentLabels.previousPage,
  next: componentLabels.nextPage,
  pageSize: componentLabels.pageSize,
} as const;

const Nav = styled.nav`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  column-gap: ${theme.spacing["6"]};
  row-gap: ${theme.spacing["3"]};
  ${textSize("sm")}
`;

const Summary = styled.p`
  color: ${theme.color.fgMuted};
  ${tabularNums}
`;

const Controls = styled.div`
  margin-inline-start: auto;
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  column-gap: ${theme.spacing["6"]};
  row-gap: ${theme.spacing["3"]};
`;

const PageSize = styled.div`
  display: flex;
  align-items: center;
  gap: ${theme.spacing["2"]};
`;

const PageSizeLabel = styled.span`
  color: ${theme.color.fgMuted};
`;

const PageSizeOptions = styled.ul`
  display: flex;
  align-items: center;
  gap: ${theme.spacing["0.5"]};
  border-radius: ${theme.radius.md};
  border: 1px solid ${theme.color.border};
  background-color: ${theme.color.surface};
  padding: ${theme.spacing["0.5"]};
`;

const PageSizeLink = styled(Link)`
  display: inline-flex;
  height: ${theme.spacing["8"]};
  min-width: 2.25rem;
  align-items: center;
  justify-content: center;
  border-radius: ${theme.radius.sm};
  padding-inline: ${theme.spacing["2"]};
  ${tabularNums}
  ${onHover(css`
    background-color: ${theme.color.surfaceHover};
    text-decoration-line: none;
  `)}
  &[aria-current="true"] {
    background-color: ${theme.color.surfaceHover};
    font-weight: ${theme.fontWeight.medium};
    color: ${theme.color.fg};
  }
`;

const PageLinks = styled.div`
  display: flex;
  align-items: center;
  gap: ${theme.spacing["2"]};
`;

// A link with nowhere to go: no href leaves it out of the tab order, like a disabled button;
// the role keeps it announced as a link, unavailable.
const DisabledPageLink = styled.a.attrs<ButtonStyleProps>({
  role: "link",
  "aria-disabled": "true",
  $variant: "secondary",
  $size: "sm",
})`
  ${buttonStyles}
  cursor: not-allowed;
  opacity: 0.5;
  box-shadow: none;
`;

/** Server pagination: every choice is a link, so the page, its size and the back button agree. */
export function Pagination({ label, previousHref, nextHref, summary, pageSize }: PaginationProps) {
  const pageSizeLabelId = useId();
  return (
    <Nav aria-label={label}>
      {summary !== undefined && <Summary>{summary}</Summary>}
      <Controls>
        {pageSize && (
          <PageSize>
            <PageSizeLabel id={pageSizeLabelId}>{paginationLabels.pageSize}</PageSizeLabel>
            <PageSizeOptions aria-labelledby={pageSizeLabelId}>
              {pageSize.options.map((size) => (
                <li key={size}>
                  <PageSizeLink
                    href={pageSize.hrefFor(size)}
                    variant="subtle"
                    aria-current={size === pageSize.value ? "true" : undefined}
                  >
                    {size}
                  </PageSizeLink>
                </li>
              ))}
            </PageSizeOptions>
          </PageSize>
        )}
        <PageLinks>
          <PageLink href={previousHref} direction="previous" />
          <PageLink href={nextHref} direction="next" />
        </PageLinks>
      </Controls>
    </Nav>
  );
}

function PageLink({ href, direction }: { href: string | null; direction: "previous" | "next" }) {
  const text = paginationLabels[direction];
  const icon = direction === "previous" ? <ChevronLeft /> : null;
  const trailingIcon = direction === "next" ? <ChevronRight /> : null;
  if (href === null) {
    return (
      <DisabledPageLink>
        {icon}
        {text}
        {trailingIcon}
      </DisabledPageLink>
    );
  }
  return (
    <ButtonLink href={href} buttonVariant="secondary" size="sm" icon={icon}>
      {text}
      {trailingIcon}
    </ButtonLink>
  );
}
