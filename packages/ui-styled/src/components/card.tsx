import type { CardProps } from "@payout-styles/ui-core";
import styled, { css } from "styled-components";
import { spaceY, textSize } from "../styles/mixins";
import { theme } from "../styles/theme";

const CardRoot = styled.div`
  min-width: 0;
  border-radius: ${theme.radius.lg};
  border: 1px solid ${theme.color.border};
  background-color: ${theme.color.surface};
  color: ${theme.color.fg};
  box-shadow: ${theme.shadow.sm};
`;

const CardHeader = styled.div<{ $flush: boolean }>`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-start;
  justify-content: space-between;
  column-gap: ${theme.spacing["4"]};
  row-gap: ${theme.spacing["2"]};
  padding-inline: ${theme.density.cardPadding};
  padding-top: ${theme.density.cardPadding};
  ${({ $flush }) =>
    $flush &&
    css`
      padding-bottom: ${theme.spacing["4"]};
    `}
`;

const CardHeading = styled.div`
  min-width: 0;
  ${spaceY("1")}
`;

const CardTitle = styled.h2`
  ${textSize("base")}
  font-weight: ${theme.fontWeight.semibold};
  color: ${theme.color.fg};
`;

const CardDescription = styled.p`
  ${textSize("sm")}
  color: ${theme.color.fgMuted};
`;

const CardActions = styled.div`
  display: flex;
  flex-shrink: 0;
  flex-wrap: wrap;
  align-items: center;
  gap: ${theme.spacing["2"]};
`;

const CardBody = styled.div<{ $flush: boolean; $belowHeader: boolean }>`
  ${({ $flush, $belowHeader }) =>
    !$flush &&
    css`
      padding: ${theme.density.cardPadding};
      ${
        $belowHeader &&
        css`
        padding-top: ${theme.spacing["4"]};
      `
      }
    `}
`;

export function Card({
  title,
  headingLevel = 2,
  actions,
  description,
  children,
  id,
  flush = false,
}: CardProps) {
  const Heading = headingLevel === 3 ? "h3" : "h2";
  const titleId = id && title ? `${id}-title` : undefined;
  const hasHeader = Boolean(title || description || actions);
  const Root = id ? "section" : "div";
  return (
    <CardRoot as={Root} id={id} aria-labelledby={titleId}>
      {hasHeader && (
        <CardHeader $flush={flush}>
          <CardHeading>
            {title && (
              <CardTitle as={Heading} id={titleId}>
                {title}
              </CardTitle>
            )}
            {description && <CardDescription>{description}</CardDescription>}
          </CardHeading>
          {actions && <CardActions>{actions}</CardActions>}
        </CardHeader>
      )}
      <CardBody $flush={flush} $belowHeader={hasHeader}>
        {children}
      </CardBody>
    </CardRoot>
  );
}
