import { appShellLabels, type BreadcrumbsProps } from "@payout-styles/ui-core";
import styled from "styled-components";
import { textSize, truncate } from "../styles/mixins";
import { theme } from "../styles/theme";
import { ChevronRight } from "./icons";
import { Link } from "./link";

const Trail = styled.ol`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${theme.spacing["1.5"]};
  ${textSize("sm")}
  color: ${theme.color.fgMuted};
`;

const Crumb = styled.li`
  display: inline-flex;
  min-width: 0;
  align-items: center;
  gap: ${theme.spacing["1.5"]};
`;

const CurrentCrumb = styled.span`
  ${truncate}
  color: ${theme.color.fg};
`;

const Separator = styled(ChevronRight)`
  width: 0.875rem;
  height: 0.875rem;
  color: ${theme.color.fgSubtle};
`;

export function Breadcrumbs({ items }: BreadcrumbsProps) {
  return (
    <nav aria-label={appShellLabels.breadcrumb}>
      <Trail>
        {items.map((item, index) => {
          const isCurrent = index === items.length - 1;
          return (
            <Crumb key={index}>
              {item.href && !isCurrent ? (
                <Link href={item.href} variant="subtle">
                  {item.label}
                </Link>
              ) : (
                <CurrentCrumb aria-current={isCurrent ? "page" : undefined}>
                  {item.label}
                </CurrentCrumb>
              )}
              {!isCurrent && <Separator />}
            </Crumb>
          );
        })}
      </Trail>
    </nav>
  );
}
