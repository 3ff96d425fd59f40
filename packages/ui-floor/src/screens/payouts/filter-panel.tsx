"use client";
import { useFilterPanelToggle } from "@payout-styles/ui-core/client";
import type { ReactNode } from "react";
import { Button } from "../../components/button";
import { ChevronDown } from "../../components/icons";

/**
 * A list screen's filters behind the "Filters" disclosure the styled kits show phones. Folding the
 * panel is done with styles there, so here it is always shown; the button keeps its state.
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
    <section aria-label={label}>
      <Button aria-expanded={open} aria-controls={panelId} onClick={toggle}>
        {toggleLabel}
        {activeCount > 0 && (
          <>
            <span aria-hidden="true"> · {activeCount}</span>
            <span>, {activeCount} in use</span>
          </>
        )}
        <ChevronDown />
      </Button>
      <div id={panelId}>{children}</div>
    </section>
  );
}
