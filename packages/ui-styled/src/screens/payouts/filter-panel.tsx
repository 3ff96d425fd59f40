"use client";
import { useFilterPanelToggle } from "@payout-styles/ui-core/client";
import type { ReactNode } from "react";
import styled from "styled-components";
import { Button } from "../../components/button";
import { ChevronDown } from "../../components/icons";
import { visuallyHidden } from "../../styles/mixins";
import { media, theme } from "../../styles/theme";

const Region = styled.section`
  display: flex;
  flex-direction: column;
  gap: ${theme.spacing["3"]};
`;

const Toggle = styled(Button)`
  align-self: flex-start;

  && {
    @media ${media.md} {
      display: none;
    }
  }
`;

const InUse = styled.span`
  ${visuallyHidden}
`;

const ToggleIcon = styled(ChevronDown)<{ $open: boolean }>`
  color: ${theme.color.fgMuted};
  transition-property: transform, translate, scale, rotate;
  transition-timing-function: ${theme.ease.standard};
  transition-duration: ${theme.duration.normal};
  ${({ $open }) => $open && "rotate: 180deg;"}
`;

const Filters = styled.div<{ $open: boolean }>`
  display: ${({ $open }) => ($open ? "flex" : "none")};
  flex-direction: column;
  gap: ${theme.spacing["4"]};

  @media ${media.md} {
    display: flex;
    flex-direction: row;
    flex-wrap: wrap;
    align-items: flex-end;
  }
`;

/**
 * A list screen's filters: a wrapping row from `md` up; on phones folded behind a "Filters"
 * disclosure that says how many are in use.
 */
export function FilterPanel({
  label,
  toggleLabel,
  activeCount,
  children,
}: {
  label: string;
  toggleLabel: string;
  activeCount: number;
  children: ReactNode;
}) {
  const { panelId, open, toggle } = useFilterPanelToggle();
  return (
    <Region aria-label={label}>
      <Toggle variant="secondary" aria-expanded={open} aria-controls={panelId} onClick={toggle}>
        {toggleLabel}
        {activeCount > 0 && (
          <>
            <span aria-hidden="true"> · {activeCount}</span>
            <InUse>, {activeCount} in use</InUse>
          </>
        )}
        <ToggleIcon $open={open} />
      </Toggle>
      <Filters id={panelId} $open={open}>
        {children}
      </Filters>
    </Region>
  );
}
